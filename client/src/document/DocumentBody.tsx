import { CollaborativeEditor, type EditorUser } from './CollaborativeEditor';
import type { DocumentSession, DocumentSessionState } from './DocumentSession';
import { RefusedNotice } from './RefusedNotice';
import { refusalMessage } from './refusal';

interface DocumentBodyProps {
  session: DocumentSession | null;
  state: DocumentSessionState;
  user: EditorUser;
}

/** What stands where the text goes: a loading line, the refusal, or the editor (read-only once refused). */
export function DocumentBody({ session, state, user }: DocumentBodyProps) {
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
      <CollaborativeEditor session={session} user={user} editable={state.refusedCode === null} />
    </>
  );
}
