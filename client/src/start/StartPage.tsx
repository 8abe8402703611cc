import { MainContent } from '../shared/MainContent';
import { SkipLink } from '../shared/SkipLink';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { DocumentList } from './DocumentList';
import { NewDocumentForm } from './NewDocumentForm';
import { OpenDocumentForm } from './OpenDocumentForm';

export function StartPage() {
  useDocumentTitle('Yttra');
  return (
    <>
      <SkipLink />
      <header className="site-header start-header">
        <h1>Yttra</h1>
        <p className="lead">
          Skriv remissvar tillsammans med din partigrupp. Alla ser ändringarna direkt, och det du skriver sparas även
          när du tillfälligt saknar uppkoppling.
        </p>
      </header>
      <MainContent className="page start-page">
        <div className="start-forms">
          <NewDocumentForm />
          <OpenDocumentForm />
        </div>
        <DocumentList />
      </MainContent>
    </>
  );
}
