import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { createSharedExtensions, type SuggestionAuthor } from '@yttra/editor';
import { CONTENT_FRAGMENT, DRAFT_CONTEXT_MAP } from '@yttra/protocol';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentKind } from '../api/documentSummary';
import { CommentHighlights } from '../comments/CommentHighlights';
import type { CommentsStore } from '../comments/CommentsStore';
import { CommentToolbar } from '../comments/CommentToolbar';
import { insertItemsFor } from '../insert/insertItemsFor';
import { SlashCommand } from '../insert/SlashCommand';
import { SlashMenu } from '../insert/SlashMenu';
import { SlashMenuController } from '../insert/SlashMenuController';
import { EditableContext } from '../protocol/editableContext';
import { DraftContext } from '../protocol/live/DraftContext';
import { protocolNodeViews } from '../protocol/protocolNodeViews';
import { SuggestionMode } from '../suggestions/SuggestionMode';
import { SuggestionToggle } from '../suggestions/SuggestionToggle';
import { renderCaret, renderSelection } from './collaborationCaretElements';
import type { DocumentSession } from './DocumentSession';
import { FormattingToolbar } from './FormattingToolbar';
import { ReadOnlyGuard } from './ReadOnlyGuard';
import { useDocumentShape } from './useDocumentShape';

export interface EditorUser {
  name: string;
  color: string;
}

interface CollaborativeEditorProps {
  session: DocumentSession;
  user: EditorUser;
  editable: boolean;
  /** Undefined while the server has not said (offline): then the content decides. */
  documentKind: DocumentKind | undefined;
  /** Comment threads: highlighted in the text, written from its selection. */
  comments?: CommentsStore;
  /** Who suggests, when edits are suggestions. */
  author: SuggestionAuthor;
  /** The account may suggest changes (the server's `access.suggest`). */
  canSuggest: boolean;
  /** The account may only suggest: every edit is a suggestion, and the toggle stays on. */
  suggestOnly: boolean;
  /** Told the editor once it exists, for the suggestions beside the text. */
  onEditor?: (editor: Editor | null) => void;
}

/**
 * Mounted only once the document is ready to edit (see decideEditorReadiness). The extension set is the
 * shared one (with the protocol node views swapped in) plus collaboration plumbing and the slash menu, so client
 * and server agree on the schema.
 */
export function CollaborativeEditor({
  session,
  user,
  editable,
  documentKind,
  comments,
  author,
  canSuggest,
  suggestOnly,
  onEditor,
}: CollaborativeEditorProps) {
  // The caret extension reads `user` once; later name changes go through updateUser below.
  const initialUser = useRef(user);
  const [slashMenu] = useState(() => new SlashMenuController());
  const readOnly = useRef(!editable);
  readOnly.current = !editable;
  const [suggesting, setSuggesting] = useState(false);
  const suggestion = useRef({ suggesting, suggestOnly, author });
  suggestion.current = { suggesting, suggestOnly, author };
  // A party's draft is its one block, with a schema of its own; the editor is built for the shape it has.
  const shape = useDocumentShape(session.ydoc);
  const insertItems = useMemo(() => insertItemsFor(shape), [shape]);
  const editor = useEditor(
    {
      extensions: [
        ...createSharedExtensions({ nodes: protocolNodeViews(), shape }),
        DraftContext.configure({
          header: shape === 'protocol' ? undefined : session.ydoc.getMap(DRAFT_CONTEXT_MAP).toJSON(),
        }),
        Collaboration.configure({ document: session.ydoc, field: CONTENT_FRAGMENT }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: initialUser.current,
          render: renderCaret,
          selectionRender: renderSelection,
        }),
        SlashCommand.configure({ controller: slashMenu, items: insertItems }),
        CommentHighlights.configure({ store: comments ?? null }),
        ReadOnlyGuard.configure({ isReadOnly: () => readOnly.current }),
        SuggestionMode.configure({
          isSuggesting: () => suggestion.current.suggesting,
          isSuggestOnly: () => suggestion.current.suggestOnly,
          author: () => suggestion.current.author,
        }),
      ],
      editorProps: {
        attributes: {
          'aria-label': 'Dokumenttext',
          role: 'textbox',
          'aria-multiline': 'true',
          spellcheck: 'true',
          class: 'document-text',
        },
      },
    },
    [session, comments, shape],
  );

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  useEffect(() => {
    if (!comments) return;
    comments.attachEditor(editor);
    return () => comments.attachEditor(null);
  }, [editor, comments]);

  // A document whose kind the server has not told (offline) is a protocol if it has a paragraph header.
  const hasHeader = useEditorState({
    editor,
    selector: ({ editor: current }) => current.state.doc.firstChild?.type.name === 'protocolHeader',
  });
  const isProtocol = documentKind === 'protocol' || (documentKind === undefined && hasHeader);

  useEffect(() => {
    slashMenu.enabled = isProtocol && editable;
  }, [slashMenu, isProtocol, editable]);

  // Both effects act only on a real change: a redundant update right after mounting would re-render the view
  // and could reset a selection the user has just made.
  useEffect(() => {
    const current = session.provider.awareness.getLocalState()?.user as Partial<EditorUser> | undefined;
    if (current?.name === user.name && current.color === user.color) return;
    editor.commands.updateUser({ name: user.name, color: user.color });
  }, [editor, session, user.name, user.color]);

  useEffect(() => {
    // Read-only text stays focusable and caret-navigable (the ReadOnlyGuard refuses changes), so that a reviewer
    // can select with the keyboard and comment on the selection; assistive technology is told it is read-only.
    if (editable) editor.view.dom.removeAttribute('aria-readonly');
    else editor.view.dom.setAttribute('aria-readonly', 'true');
  }, [editor, editable]);

  return (
    <div className={isProtocol ? 'editor-frame editor-frame--protocol' : 'editor-frame'}>
      {/* Read-only means no toolbar: Tiptap commands would still change a non-editable document. */}
      {editable && <FormattingToolbar editor={editor} insertItems={isProtocol ? insertItems : []} />}
      {/* One row for the toggle and "Kommentera", so the text below sits where it always did. */}
      <div className="editor-actions">
        {editable && canSuggest && (
          <SuggestionToggle suggesting={suggesting || suggestOnly} suggestOnly={suggestOnly} onChange={setSuggesting} />
        )}
        {comments && <CommentToolbar editor={editor} store={comments} />}
      </div>
      <EditableContext.Provider value={editable}>
        <EditorContent editor={editor} className="editor-surface" />
      </EditableContext.Provider>
      {editable && <SlashMenu editor={editor} controller={slashMenu} />}
    </div>
  );
}
