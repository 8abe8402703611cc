import { listMatters } from '../api/mattersApi';
import { useSession } from '../auth/AuthContext';
import { CalendarFeedControl } from '../publishing/CalendarFeedControl';
import { MainContent } from '../shared/MainContent';
import { SkipLink } from '../shared/SkipLink';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { DocumentList } from '../start/DocumentList';
import { NewDocumentForm } from '../start/NewDocumentForm';
import { OpenDocumentForm } from '../start/OpenDocumentForm';
import { RoleGuidePanel } from '../start/RoleGuidePanel';
import { SiteHeader } from '../start/SiteHeader';
import { MatterList } from './MatterList';
import { NewMatterForm } from './NewMatterForm';
import { useLoad } from './useLoad';

/** `/` for a signed-in user: the board's matters, then its free documents (Anteckningar). */
export function MattersPage() {
  useDocumentTitle('Ärenden – Yttra');
  const session = useSession();
  const { state } = useLoad('matters', listMatters, 'Det gick inte att hämta ärendena.');
  const adminBoards = session.memberships
    .filter((membership) => membership.role === 'administrator')
    .map((membership) => membership.organisationId);
  const inNoBoard = session.memberships.length === 0;

  return (
    <>
      <SkipLink />
      <SiteHeader />
      <MainContent className="page">
        <h1>Ärenden</h1>
        <p className="lead">
          Remisser som nämnden ska svara på. Öppna ett ärende för att skriva din partigrupps utkast eller se det som har
          lämnats in.
        </p>
        {inNoBoard ? (
          <p className="notice notice--info">
            Ditt konto hör inte till någon nämnd än. Be nämndsekreteraren att lägga till dig.
          </p>
        ) : (
          <>
            {state.kind === 'loaded' && session.memberships[0] && (
              <RoleGuidePanel role={session.memberships[0].role} matters={state.value} />
            )}
            <section className="card" aria-label="Nämndens ärenden">
              <MatterList state={state} />
            </section>
            <CalendarFeedControl />
            <p>
              <a className="notice-board-link" href="/anslagstavla">
                Anslagstavlan
              </a>{' '}
              – justerade protokoll, öppen för alla.
            </p>
            {adminBoards.length > 0 && <NewMatterForm organisationIds={adminBoards} />}
            <section aria-labelledby="notes-heading" className="notes">
              <h2 id="notes-heading">Anteckningar</h2>
              <p className="lead">Nämndens gemensamma dokument, fristående från ärendena.</p>
              <DocumentList />
              <div className="start-forms">
                <NewDocumentForm />
                <OpenDocumentForm />
              </div>
            </section>
          </>
        )}
      </MainContent>
    </>
  );
}
