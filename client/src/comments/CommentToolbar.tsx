import { type Editor, useEditorState } from '@tiptap/react';
import { useSyncExternalStore } from 'react';
import type { CommentsStore } from './CommentsStore';

/** "Kommentera": comments on the selected text (also Mod-Alt-m); shown to everyone who may comment. */
export function CommentToolbar({ editor, store }: { editor: Editor; store: CommentsStore }) {
  const { canComment } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const hasSelection = useEditorState({ editor, selector: ({ editor: current }) => !current.state.selection.empty });
  if (!canComment) return null;
  return (
    <div className="comment-toolbar">
      <button
        type="button"
        className="button button--small"
        aria-disabled={!hasSelection}
        aria-keyshortcuts="Control+Alt+M"
        title="Kommentera markerad text (Ctrl+Alt+M)"
        // Keeps the text's selection: the button does not take it away on mouse down.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => store.startDraft()}
      >
        Kommentera
      </button>
      {!hasSelection && <span className="comment-toolbar__hint">Markera text för att kommentera.</span>}
    </div>
  );
}
