import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { createSharedExtensions } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import { useEffect, useRef } from 'react';
import { renderCaret, renderSelection } from './collaborationCaretElements';
import type { DocumentSession } from './DocumentSession';
import { FormattingToolbar } from './FormattingToolbar';

export interface EditorUser {
  name: string;
  color: string;
}

interface CollaborativeEditorProps {
  session: DocumentSession;
  user: EditorUser;
  editable: boolean;
}

/**
 * Mounted only once the document is ready to edit (see decideEditorReadiness). The extension set is the
 * shared one plus collaboration plumbing, nothing else, so client and server agree on the schema.
 */
export function CollaborativeEditor({ session, user, editable }: CollaborativeEditorProps) {
  // The caret extension reads `user` once; later name changes go through updateUser below.
  const initialUser = useRef(user);
  const editor = useEditor(
    {
      extensions: [
        ...createSharedExtensions(),
        Collaboration.configure({ document: session.ydoc, field: CONTENT_FRAGMENT }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: initialUser.current,
          render: renderCaret,
          selectionRender: renderSelection,
        }),
      ],
      editable,
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
    [session],
  );

  // Both effects act only on a real change: a redundant update right after mounting would re-render the view
  // and could reset a selection the user has just made.
  useEffect(() => {
    const current = session.provider.awareness.getLocalState()?.user as Partial<EditorUser> | undefined;
    if (current?.name === user.name && current.color === user.color) return;
    editor.commands.updateUser({ name: user.name, color: user.color });
  }, [editor, session, user.name, user.color]);

  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <div className="editor-frame">
      {/* Read-only means no toolbar: Tiptap commands would still change a non-editable document. */}
      {editable && <FormattingToolbar editor={editor} />}
      <EditorContent editor={editor} className="editor-surface" />
    </div>
  );
}
