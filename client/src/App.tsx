import { Redirect, Route, Switch, useSearch } from 'wouter';
import { AuthProvider } from './auth/AuthContext';
import { AuthGate } from './auth/AuthGate';
import { returnToFromSearch, SIGN_IN_PATH } from './auth/returnTo';
import { DocumentRoute } from './document/DocumentRoute';
import { MatterPage } from './matters/MatterPage';
import { MattersPage } from './matters/MattersPage';
import { NotFoundPage } from './shared/NotFoundPage';
import { VersionsPage } from './versions/VersionsPage';
import './styles/auth.css';
import './styles/matters.css';

/** Signed in at `/logga-in`: go where the sign-in was meant to lead. */
function SignedInRedirect() {
  return <Redirect to={returnToFromSearch(useSearch())} replace />;
}

export function App() {
  return (
    <AuthProvider>
      <AuthGate>
        <Switch>
          <Route path={SIGN_IN_PATH} component={SignedInRedirect} />
          <Route path="/" component={MattersPage} />
          <Route path="/arenden/:matterId">
            {(params) => <MatterPage key={params.matterId} matterId={params.matterId} />}
          </Route>
          <Route path="/d/:documentId/versioner">
            {(params) => <VersionsPage key={params.documentId} documentId={params.documentId} />}
          </Route>
          {/* Keyed by id: moving to another document must open a fresh session, never reuse the old Y.Doc. */}
          <Route path="/d/:documentId">
            {(params) => <DocumentRoute key={params.documentId} documentId={params.documentId} />}
          </Route>
          <Route component={NotFoundPage} />
        </Switch>
      </AuthGate>
    </AuthProvider>
  );
}
