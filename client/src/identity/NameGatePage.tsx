import { Link } from 'wouter';
import { MainContent } from '../shared/MainContent';
import { SkipLink } from '../shared/SkipLink';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { DisplayNameForm } from './DisplayNameForm';

/** Asked once, before the first document: others need to see who is writing. */
export function NameGatePage({ onSubmit }: { onSubmit: (name: string) => void }) {
  useDocumentTitle('Vad heter du? – Yttra');
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <nav aria-label="Huvudmeny" className="site-nav">
          <Link href="/">
            <span aria-hidden="true">← </span>Alla dokument
          </Link>
        </nav>
      </header>
      <MainContent className="page page--narrow">
        <section className="card" aria-labelledby="name-gate-heading">
          <h1 id="name-gate-heading">Vad heter du?</h1>
          <DisplayNameForm submitLabel="Fortsätt" onSubmit={onSubmit} />
        </section>
      </MainContent>
    </>
  );
}
