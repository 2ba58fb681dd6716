import { useEffect, useState } from 'react';
import { BusyText } from '../../components/busy-text';
import { Button } from '../../components/button';
import { ErrorMessage } from '../../components/error-message';
import { StepHeading } from '../../components/step-heading';
import {
  selectCreateStatus,
  selectDraft,
  selectDraftActions,
  useSiteDraftStore,
} from '../../stores/site-draft.store';
import { selectSiteScreenActions, useSiteScreenStore } from '../../stores/site-screen.store';
import { selectSiteActions, useSiteStore } from '../../stores/site.store';
import { AddDeviceForm } from './add-device-form';
import { CsvImport } from './csv-import';
import { DeviceList } from './device-list';
import { JobDetails } from './job-details';
import { ResumeOffer } from './resume-offer';
import { ScanSection } from './scan-section';
import { hasProblems, setupProblems } from './setup-checks';

/** Set up: name the job, list its devices (by hand, CSV or scan), then create it. */
export function SetupScreen() {
  const draft = useSiteDraftStore(selectDraft);
  const actions = useSiteDraftStore(selectDraftActions);
  const create = useSiteDraftStore(selectCreateStatus);
  const site = useSiteStore(selectSiteActions);
  const screens = useSiteScreenStore(selectSiteScreenActions);
  const [submitted, setSubmitted] = useState(false);
  const problems = setupProblems(draft);
  const shown = submitted ? problems : { site: null, devices: null };
  const busy = create.name === 'pending';

  // A job created earlier (then left with "Back to set up") is not this draft's any more.
  useEffect(() => {
    site.close();
  }, [site]);

  async function createJob() {
    setSubmitted(true);
    if (hasProblems(problems)) return;
    const view = await actions.createJob();
    if (!view) return;
    site.adopt(view);
    screens.goTo('preflight');
  }

  return (
    <section className="step site-screen" data-site-screen="setup" aria-busy={busy}>
      <StepHeading>Set up a site job</StepHeading>
      <p className="lead">
        List the outlets to update: add them by address, import a CSV file, or scan the network.
        Nothing changes on any outlet until you start the job.
      </p>
      <ResumeOffer />
      <JobDetails
        site={draft.site}
        technician={draft.technician}
        concurrency={draft.concurrency}
        siteError={shown.site}
        onSite={actions.setSite}
        onTechnician={actions.setTechnician}
        onConcurrency={actions.setConcurrency}
      />
      <AddDeviceForm onAdd={actions.add} />
      <CsvImport outcome={draft.csv} onText={actions.importCsv} />
      <ScanSection devices={draft.devices} onAddMany={actions.addMany} />
      <DeviceList
        devices={draft.devices}
        error={shown.devices}
        onLabel={actions.setLabel}
        onCritical={actions.setCritical}
        onRemove={actions.remove}
      />
      {create.name === 'failed' ? (
        <ErrorMessage error={create.error} context="The job was not created" showDetail />
      ) : null}
      <div className="actions">
        <Button variant="primary" disabled={busy} onClick={() => void createJob()}>
          Create job
        </Button>
        {busy ? <BusyText>Creating the job…</BusyText> : null}
      </div>
    </section>
  );
}
