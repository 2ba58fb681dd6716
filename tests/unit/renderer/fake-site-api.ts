import { vi, type Mock } from 'vitest';
import type { SiteApi, SiteEventMap } from '../../../shared/ipc/site-contract.js';
import { appError } from '../../../shared/errors.js';
import { err, ok } from '../../../shared/result.js';

type Listener<T> = (payload: T) => void;
type Verbs = Omit<SiteApi, 'onJobChanged' | 'onScanProgressed'>;

/** Every site verb as a vi.fn with its exact type; events pushed with the emit helpers. */
export type FakeSiteApi = { readonly [K in keyof Verbs]: Mock<Verbs[K]> } & {
  readonly onJobChanged: Mock<SiteApi['onJobChanged']>;
  readonly onScanProgressed: Mock<SiteApi['onScanProgressed']>;
  /** Pushes a `site:job-changed` event to every subscribed listener. */
  emitJobChanged(payload: SiteEventMap['site:job-changed']): void;
  emitScanProgressed(payload: SiteEventMap['site:scan-progressed']): void;
};

const notScripted = async () => err(appError('internal', 'not scripted'));

/**
 * Site verbs fail with "not scripted" until a test scripts them (mockResolvedValueOnce…),
 * except `listJobs`, which finds no earlier job, so any screen can open without scripting.
 */
export function createFakeSiteApi(): FakeSiteApi {
  const jobListeners = new Set<Listener<SiteEventMap['site:job-changed']>>();
  const scanListeners = new Set<Listener<SiteEventMap['site:scan-progressed']>>();
  const subscribe =
    <T>(set: Set<Listener<T>>) =>
    (listener: Listener<T>) => {
      set.add(listener);
      return () => void set.delete(listener);
    };
  return {
    listJobs: vi.fn<SiteApi['listJobs']>(async () => ok([])),
    createJob: vi.fn<SiteApi['createJob']>(notScripted),
    openJob: vi.fn<SiteApi['openJob']>(notScripted),
    getJob: vi.fn<SiteApi['getJob']>(notScripted),
    preflight: vi.fn<SiteApi['preflight']>(notScripted),
    start: vi.fn<SiteApi['start']>(notScripted),
    pause: vi.fn<SiteApi['pause']>(notScripted),
    resume: vi.fn<SiteApi['resume']>(notScripted),
    cancel: vi.fn<SiteApi['cancel']>(notScripted),
    retryFailed: vi.fn<SiteApi['retryFailed']>(notScripted),
    confirmCritical: vi.fn<SiteApi['confirmCritical']>(notScripted),
    setConcurrency: vi.fn<SiteApi['setConcurrency']>(notScripted),
    renameDevice: vi.fn<SiteApi['renameDevice']>(notScripted),
    changeDetails: vi.fn<SiteApi['changeDetails']>(notScripted),
    scan: vi.fn<SiteApi['scan']>(notScripted),
    exportReport: vi.fn<SiteApi['exportReport']>(notScripted),
    onJobChanged: vi.fn<SiteApi['onJobChanged']>(subscribe(jobListeners)),
    onScanProgressed: vi.fn<SiteApi['onScanProgressed']>(subscribe(scanListeners)),
    emitJobChanged: (payload) => jobListeners.forEach((listener) => listener(payload)),
    emitScanProgressed: (payload) => scanListeners.forEach((listener) => listener(payload)),
  };
}
