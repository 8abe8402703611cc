import type { Editor } from '@tiptap/react';
import type { SuggestionAuthor } from '@yttra/editor';
import type { DocumentKind } from '../api/documentSummary';
import type { CommentsStore } from '../comments/CommentsStore';
import { CollaborativeEditor, type EditorUser } from './CollaborativeEditor';
import type { DocumentSession, DocumentSessionState } from './DocumentSession';

interface DocumentBodyProps {
  session: DocumentSession | null;
  state: DocumentSessionState;
  user: EditorUser;
  documentKind: DocumentKind | undefined;
  /** The account may change the text (the server's `access.write`). */
  canWrite: boolean;
  /** The account may suggest changes (the server's `access.suggest`); without `canWrite`, only suggest. */
  canSuggest: boolean;
  author: SuggestionAuthor;
  comments?: CommentsStore;
  onEditor?: (editor: Editor | null) => void;
}

/**
 * What stands where the text goes: a loading line, nothing once refused (the status bar says why, once, and the
 * header leads back), or the editor (read-only once refused, should the text have opened from the local copy).
 */
export function DocumentBody({
  session,
  state,
  user,
  documentKind,
  canWrite,
  canSuggest,
  author,
  comments,
  onEditor,
}: DocumentBodyProps) {
  const refused = state.refusedCode !== null;
  if (session === null || state.readiness === 'opening-local') {
    return refused ? null : <p className="loading-message">Öppnar dokumentet …</p>;
  }
  if (state.readiness === 'awaiting-server') {
    return refused ? null : <p className="loading-message">Hämtar dokumentet …</p>;
  }
  return (
    <CollaborativeEditor
      session={session}
      user={user}
      editable={(canWrite || canSuggest) && state.refusedCode === null}
      documentKind={documentKind}
      comments={comments}
      author={author}
      canSuggest={canSuggest}
      suggestOnly={canSuggest && !canWrite}
      onEditor={onEditor}
    />
  );
}
