import { jsonSiteOutput } from './json-output.js';
import type { SiteOutput, Write } from './site-output.js';
import { plainSiteOutput } from './text-output.js';
import { ttySiteOutput } from './tty-output.js';

/** The process facts the site commands read, injectable so nothing reaches for globals. */
export interface SiteCliEnv {
  readonly write: Write;
  readonly isTTY: boolean;
  readonly columns: () => number;
  readonly env: NodeJS.ProcessEnv;
}

export function processCliEnv(): SiteCliEnv {
  return {
    write: (text) => void process.stdout.write(text),
    isTTY: process.stdout.isTTY === true,
    columns: () => process.stdout.columns ?? 100,
    env: process.env,
  };
}

export function siteOutputFor(json: boolean, cli: SiteCliEnv): SiteOutput {
  if (json) return jsonSiteOutput(cli.write);
  return cli.isTTY ? ttySiteOutput(cli.write, cli.columns) : plainSiteOutput(cli.write);
}
