import { useCallback, useState } from 'react';
import type { MatterDetails } from '../api/matter';
import { fetchMatter } from '../api/mattersApi';
import { DeadlineList } from '../publishing/DeadlineList';
import { JusteringSection } from '../publishing/JusteringSection';
import { StaffReportImport } from '../publishing/StaffReportImport';
import { MainContent } from '../shared/MainContent';
import { SkipLink } from '../shared/SkipLink';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { useScrollToHash } from '../shared/useScrollToHash';
import { SiteHeader } from '../start/SiteHeader';
import { AssemblySection } from './AssemblySection';
import { DraftsSection } from './DraftsSection';
import { formatIsoDate, statusLabel } from './matterLabels';
import { OutcomeForm } from './OutcomeForm';
import { ParagraphSection } from './ParagraphSection';
import { TabledSection } from './TabledSection';
import { useLoad } from './useLoad';
import { useMatterEvents } from './useMatterEvents';

function MatterFacts({ details }: { details: MatterDetails }) {
  const { matter } = details;
  return (
    <dl className="matter-facts">
      <div>
        <dt>Diarienummer</dt>
        <dd>{matter.caseNumber}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          <span className={`status-tag status-tag--${matter.status}`}>{statusLabel(matter.status)}</span>
        </dd>
      </div>
      {matter.meetingDate !== null && (
        <div>
          <dt>Sammanträde</dt>
          <dd>
            <time dateTime={matter.meetingDate}>{formatIsoDate(matter.meetingDate)}</time>
          </dd>
        </div>
      )}
      {matter.replyDeadline !== null && (
        <div>
          <dt>Svar senast</dt>
          <dd>
            <time dateTime={matter.replyDeadline}>{formatIsoDate(matter.replyDeadline)}</time>
          </dd>
        </div>
      )}
    </dl>
  );
}

function MatterContent({ details, onChanged }: { details: MatterDetails; onChanged: (message: string) => void }) {
  const protocol = details.documents.find((document) => document.role === 'protocol');
  const approved = protocol?.approvedAt != null || details.matter.status === 'approved';
  return (
    <>
      <p className="matter-kind">{details.matter.kind}</p>
      <h1>{details.matter.title}</h1>
      <MatterFacts details={details} />
      <DeadlineList deadlines={details.deadlines} />
      <ParagraphSection protocol={protocol} role={details.role} />
      {details.role === 'administrator' && !approved && (
        <StaffReportImport matterId={details.matter.id} onImported={onChanged} />
      )}
      {details.partyGroupId !== null && (
        <DraftsSection details={details} ownGroupId={details.partyGroupId} closed={approved} onChanged={onChanged} />
      )}
      <TabledSection tabled={details.tabled} />
      {details.role === 'administrator' && (
        <AssemblySection details={details} approved={approved} onChanged={onChanged} />
      )}
      {details.role === 'chair' && !approved && (
        <OutcomeForm details={details} headingLevel={2} onChanged={onChanged} />
      )}
      <JusteringSection details={details} onChanged={onChanged} />
    </>
  );
}

/** `/arenden/:matterId`: one matter, as the caller's role sees it. */
export function MatterPage({ matterId }: { matterId: string }) {
  const { state, reload } = useLoad(
    matterId,
    (signal) => fetchMatter(matterId, signal),
    'Det gick inte att hämta ärendet.',
  );
  const [status, setStatus] = useState('');
  useDocumentTitle(state.kind === 'loaded' ? `${state.value.matter.title} – Yttra` : 'Ärende – Yttra');
  // Others' tabling, sharing and assembly show without a reload.
  useMatterEvents(matterId, reload);
  // A role's start link names the section it begins in.
  useScrollToHash(state.kind === 'loaded');
  const onChanged = useCallback(
    (message: string) => {
      setStatus(message);
      reload();
    },
    [reload],
  );

  return (
    <>
      <SkipLink />
      <SiteHeader back={{ href: '/', label: 'Alla ärenden' }} />
      <MainContent className="page matter-page">
        {/* Always present, so what an action did is read out when it changes. */}
        <p role="status" className={status === '' ? 'visually-hidden' : 'status-message'}>
          {status}
        </p>
        {state.kind === 'loading' && <p className="loading-message">Hämtar ärendet …</p>}
        {state.kind === 'failed' && (
          <>
            <h1>Ärendet kunde inte visas</h1>
            <p role="alert" className="form-error">
              {state.message}
            </p>
          </>
        )}
        {state.kind === 'loaded' && <MatterContent details={state.value} onChanged={onChanged} />}
      </MainContent>
    </>
  );
}
