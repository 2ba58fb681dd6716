import { useEffect } from 'react';
import { buildReport } from '../../../shared/site/report-rows.js';
import { totalsLine } from '../../../shared/site/site-totals.js';
import { Button } from '../../components/button';
import { ErrorMessage } from '../../components/error-message';
import { FactList } from '../../components/fact-list';
import { StepHeading } from '../../components/step-heading';
import { useSiteDraftStore } from '../../stores/site-draft.store';
import {
  selectExportStatus,
  selectReportActions,
  useSiteReportStore,
} from '../../stores/site-report.store';
import { selectSiteScreenActions, useSiteScreenStore } from '../../stores/site-screen.store';
import {
  selectControlStatus,
  selectSiteActions,
  selectSiteJob,
  useSiteStore,
} from '../../stores/site.store';
import { DetailsEditor } from './details-editor';
import { ExportPanel } from './export-panel';
import { ReportTable } from './report-table';

const when = (iso: string | null) =>
  iso === null ? 'Not finished' : iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

/** Report: the handover summary, per-device outcomes, and the exports. */
export function ReportScreen() {
  const job = useSiteStore(selectSiteJob);
  const control = useSiteStore(selectControlStatus);
  const site = useSiteStore(selectSiteActions);
  const status = useSiteReportStore(selectExportStatus);
  const report = useSiteReportStore(selectReportActions);
  const screens = useSiteScreenStore(selectSiteScreenActions);
  const resetDraft = useSiteDraftStore((state) => state.actions.reset);

  // A saved path belongs to the visit it was saved in.
  useEffect(() => report.reset, [report]);

  if (!job) return null;
  const summary = buildReport(job);

  function newJob() {
    resetDraft();
    screens.goTo('setup');
  }

  return (
    <section className="step site-screen" data-site-screen="report">
      <StepHeading>Report: {job.site}</StepHeading>
      <FactList
        facts={[
          { term: 'Site', value: summary.site },
          { term: 'Technician', value: summary.technician || '—' },
          { term: 'Started', value: when(summary.createdAt) },
          { term: 'Finished', value: when(summary.finishedAt) },
        ]}
      />
      <DetailsEditor
        site={job.site}
        technician={job.technician}
        busy={control.name === 'pending'}
        onSave={site.changeDetails}
      />
      {control.name === 'failed' && (control.verb === 'rename' || control.verb === 'details') ? (
        <ErrorMessage
          error={control.error}
          context={
            control.verb === 'rename'
              ? 'Could not rename the device'
              : 'Could not change the details'
          }
          showDetail
        />
      ) : null}
      <p className="totals" data-totals>
        {totalsLine(summary.totals)}.
      </p>
      <ReportTable
        rows={summary.rows}
        ids={job.order}
        busy={control.name === 'pending'}
        onRename={site.renameDevice}
      />
      <ExportPanel
        status={status}
        onExport={(format) => void report.exportReport(job.jobId, format)}
      />
      <div className="actions">
        <Button onClick={() => screens.goTo('run')}>Back to the run</Button>
        <Button onClick={newJob}>Start a new job</Button>
      </div>
    </section>
  );
}
