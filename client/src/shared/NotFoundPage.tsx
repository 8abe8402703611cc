import { Link } from 'wouter';
import { MainContent } from './MainContent';
import { SkipLink } from './SkipLink';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle('Sidan finns inte – Yttra');
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <p className="brand">Yttra</p>
      </header>
      <MainContent className="page page--narrow">
        <h1>Sidan finns inte</h1>
        <p>Adressen leder inte till någon sida i Yttra. Kontrollera länken, eller börja om från startsidan.</p>
        <p>
          <Link href="/">Till startsidan</Link>
        </p>
      </MainContent>
    </>
  );
}
