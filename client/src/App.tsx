import { Route, Switch } from 'wouter';
import { DocumentRoute } from './document/DocumentRoute';
import { NotFoundPage } from './shared/NotFoundPage';
import { StartPage } from './start/StartPage';

export function App() {
  return (
    <Switch>
      <Route path="/" component={StartPage} />
      {/* Keyed by id: moving to another document must open a fresh session, never reuse the old Y.Doc. */}
      <Route path="/d/:documentId">
        {(params) => <DocumentRoute key={params.documentId} documentId={params.documentId} />}
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
