import { basename, extname, resolve } from 'node:path';
import type { OtaTimeouts } from '../../../shared/model/ota.js';
import { defaultDataDir } from '../../site/data-dir.js';
import { UsageError } from '../exit-codes.js';
import {
  concurrencyFlag,
  listFlag,
  parseSiteFlags,
  stringFlag,
  TIMEOUT_FLAGS,
  timeoutFlags,
} from './site-flags.js';

const RUN_FLAGS = {
  ...TIMEOUT_FLAGS,
  concurrency: { type: 'string' },
  report: { type: 'string' },
  'report-html': { type: 'string' },
  site: { type: 'string' },
  technician: { type: 'string' },
  'data-dir': { type: 'string' },
  'confirm-critical': { type: 'string', multiple: true },
  'retry-failed': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

export interface RunFlags {
  readonly listPath: string;
  readonly concurrency: number | undefined;
  readonly reportCsv: string | undefined;
  readonly reportHtml: string | undefined;
  readonly site: string;
  readonly technician: string;
  readonly dataDir: string;
  readonly confirm: readonly string[];
  readonly retryFailed: boolean;
  readonly json: boolean;
  readonly timeouts: OtaTimeouts;
}

export function parseRunFlags(argv: readonly string[], env: NodeJS.ProcessEnv): RunFlags {
  const { positionals, values } = parseSiteFlags(argv, RUN_FLAGS);
  const [list, ...extra] = positionals;
  if (list === undefined) throw new UsageError('site run needs a device list (a CSV file).');
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  const report = stringFlag('report', values.report);
  const reportHtml = stringFlag('report-html', values['report-html']);
  const dataDir = stringFlag('data-dir', values['data-dir']);
  return {
    listPath: resolve(list),
    concurrency: concurrencyFlag(values.concurrency),
    reportCsv: report === undefined ? undefined : resolve(report),
    reportHtml: reportHtml === undefined ? undefined : resolve(reportHtml),
    site: stringFlag('site', values.site) ?? basename(list, extname(list)),
    technician:
      stringFlag('technician', values.technician) ?? env.USER ?? env.USERNAME ?? 'unknown',
    dataDir: dataDir === undefined ? defaultDataDir(env) : resolve(dataDir),
    confirm: listFlag(values['confirm-critical']),
    retryFailed: values['retry-failed'] === true,
    json: values.json === true,
    timeouts: timeoutFlags(values),
  };
}
