/**
 * Shown instead of the wizard when the preload bridge is missing (a packaging or security
 * misconfiguration): nothing can work, so say so plainly rather than fail on the first click.
 */
export function BridgeMissing() {
  return (
    <main className="app-main">
      <section className="step" data-step="error">
        <h1 className="step-heading">Invis Updater could not start</h1>
        <div className="notice notice-error" role="alert">
          <p className="notice-title">The window cannot talk to the rest of the app.</p>
          <p>
            Close Invis Updater and open it again. If this keeps happening, reinstall the app: part
            of it is missing.
          </p>
        </div>
      </section>
    </main>
  );
}
