import type { AppInfo } from '../../shared/ipc/contract.js';

/** App version and where the log is written: what support asks for first. */
export function DiagnosticsFooter({ info }: { readonly info: AppInfo | null }) {
  return (
    <footer className="app-footer">
      <p>
        <span className="footer-label">Diagnostics</span> Invis Updater{' '}
        {info?.version ?? '(version unknown)'} · Log file:{' '}
        <span className="path">{info?.logPath ?? 'not available'}</span>
      </p>
    </footer>
  );
}
