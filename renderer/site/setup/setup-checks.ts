import type { SiteDraft } from '../../stores/site-draft.store';

export interface SetupProblems {
  readonly site: string | null;
  readonly devices: string | null;
}

/** What stops "Create job": the report needs a site name, and a job needs a device. */
export function setupProblems(draft: Pick<SiteDraft, 'site' | 'devices'>): SetupProblems {
  return {
    site: draft.site.trim() === '' ? 'Enter the site name; it heads the report.' : null,
    devices:
      draft.devices.length === 0
        ? 'Add at least one device: by address, from a CSV file, or by scanning.'
        : null,
  };
}

export function hasProblems(problems: SetupProblems): boolean {
  return problems.site !== null || problems.devices !== null;
}
