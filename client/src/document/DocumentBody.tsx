import type { DocumentKind } from '../api/documentSummary';
import type { CommentsStore } from '../comments/CommentsStore';
import { CollaborativeEditor, type EditorUser } from './CollaborativeEditor';
import type { DocumentSession, DocumentSessionState } from './DocumentSession';
import { RefusedNotice } from './RefusedNotice';
import { refusalMessage } from './refusal';

interface DocumentBodyProps {
  session: DocumentSession | null;
  state: DocumentSessionState;
  user: EditorUser;
  documentKind: DocumentKind | undefined;
  /** The account may change the text (the server's `access.write`). */
  canWrite: boolean;
  comments?: CommentsStore;
}

/** What stands where the text goes: a loading line, the refusal, or the editor (read-only once refused). */
export function DocumentBody({ session, state, user, documentKind, canWrite, comments }: DocumentBodyProps) {
  const refusal = state.refusedCode === null ? null : <RefusedNotice message={refusalMessage(state.refusedCode)} />;
  if (session === null || state.readiness === 'opening-local') {
    return refusal ?? <p className="loading-message">Öppnar dokumentet …</p>;
  }
  if (state.readiness === 'awaiting-server') {
    return refusal ?? <p className="loading-message">Hämtar dokumentet …</p>;
  }
  return (
    <>
      {refusal}
      <CollaborativeEditor
        session={session}
        user={user}
        editable={canWrite && state.refusedCode === null}
        documentKind={documentKind}
        comments={comments}
      />
    </>
  );
}
