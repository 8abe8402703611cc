import type { ReactNode } from 'react';
import { MainContent } from '../shared/MainContent';
import { SkipLink } from '../shared/SkipLink';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { SiteHeader } from '../start/SiteHeader';
import { useAuth } from './AuthContext';
import { SignInPage } from './SignInPage';

function CheckingPage() {
  useDocumentTitle('Yttra');
  return (
    <MainContent className="page">
      <p className="loading-message">Kontrollerar inloggningen …</p>
    </MainContent>
  );
}

function UnreachablePage({ message, onRetry }: { message: string; onRetry: () => void }) {
  useDocumentTitle('Ingen kontakt med servern – Yttra');
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <MainContent className="page page--narrow">
        <h1>Ingen kontakt med servern</h1>
        <p role="alert">{message}</p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          Försök igen
        </button>
      </MainContent>
    </>
  );
}

/** Shows `children` to a signed-in user, and the sign-in page (at the same address) to anyone else. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { state, store } = useAuth();
  switch (state.status) {
    case 'loading':
      return <CheckingPage />;
    case 'unreachable':
      return <UnreachablePage message={state.message} onRetry={() => void store.load()} />;
    case 'signed-out':
      return <SignInPage />;
    case 'signed-in':
      return <>{children}</>;
  }
}
