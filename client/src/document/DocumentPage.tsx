import type { Editor } from '@tiptap/react';
import { CloseCode } from '@yttra/protocol';
import { useEffect, useMemo, useState } from 'react';
import { useAuth, useSession } from '../auth/AuthContext';
import { CommentsSidebar } from '../comments/CommentsSidebar';
import { CommentsStore } from '../comments/CommentsStore';
import { colorForName } from '../identity/colorForName';
import { MainContent } from '../shared/MainContent';
import { SkipLink } from '../shared/SkipLink';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel';
import { HistoryLink } from '../versions/HistoryLink';
import { ConnectionStatusBar } from './ConnectionStatusBar';
import { DiscardLocalCopyButton } from './DiscardLocalCopyButton';
import { DocumentBody } from './DocumentBody';
import { DocumentHeader } from './DocumentHeader';
import { deriveConnectionStatus } from './deriveConnectionStatus';
import { documentAccessMode } from './documentAccessMode';
import { ExportLinks } from './ExportLinks';
import { PeoplePresent } from './PeoplePresent';
import { useDocumentInfo } from './useDocumentInfo';
import { useDocumentSession } from './useDocumentSession';

export function DocumentPage({ documentId }: { documentId: string }) {
  // Carets and "Andra i dokumentet" show the account's name.
  const { user: account } = useSession();
  const { store: auth } = useAuth();
  const displayName = account.displayName;
  const { session, state } = useDocumentSession(documentId, account.id);
  const info = useDocumentInfo(documentId, state.accessEpoch);
  const user = useMemo(() => ({ name: displayName, color: colorForName(displayName) }), [displayName]);
  // Offline, the title cannot be fetched; the text itself still opens from IndexedDB.
  const title = info.kind === 'found' ? info.document.title : 'Dokument';
  const documentKind = info.kind === 'found' ? info.document.kind : undefined;
  useDocumentTitle(`${title} – Yttra`);

  useEffect(() => {
    // The socket would refuse too, but the API answers first and the answer is just as final.
    if (info.kind === 'not-found') session?.refuse(CloseCode.unknownDocument);
    if (info.kind === 'forbidden') session?.refuse(CloseCode.forbidden);
  }, [info.kind, session]);

  useEffect(() => {
    // The socket says the session is gone: the whole app shows the sign-in page, at this address.
    if (state.refusedCode === CloseCode.unauthorized) auth.sessionEnded();
  }, [state.refusedCode, auth]);

  // Offline nothing is known, and the text stays editable (the server drops edits it does not allow).
  const canWrite = info.kind === 'unavailable' || (info.kind === 'found' && info.document.access.write);
  const mode = info.kind === 'found' ? documentAccessMode(info.document) : 'write';
  const status = deriveConnectionStatus(state, mode);
  const refused = state.refusedCode !== null;
  const matterId = info.kind === 'found' ? info.document.matterId : null;
  const canComment = info.kind === 'found' && info.document.access.comment;
  const canSuggest = info.kind === 'found' && info.document.access.suggest;
  const author = useMemo(() => ({ id: account.id, name: displayName }), [account.id, displayName]);
  const [editor, setEditor] = useState<Editor | null>(null);
  // One store per document: the sidebar and the editor's highlights share it.
  const [comments, setComments] = useState(() => ({ documentId, store: new CommentsStore() }));
  const commentsStore = comments.documentId === documentId ? comments.store : null;
  useEffect(() => {
    if (comments.documentId !== documentId) setComments({ documentId, store: new CommentsStore() });
  }, [comments.documentId, documentId]);
  useEffect(() => {
    commentsStore?.setCanComment(canComment && state.refusedCode === null);
  }, [commentsStore, canComment, state.refusedCode]);

  return (
    <>
      <SkipLink />
      <DocumentHeader title={title} matterId={matterId} />
      <MainContent className="document-layout">
        <div className="document-column">
          <ConnectionStatusBar status={status} />
          {session !== null && (status.state === 'unsaved' || state.refusedCode === CloseCode.malformedMessage) && (
            <DiscardLocalCopyButton session={session} />
          )}
          {/* The editor waits for the server to say whether the account may write, unless it cannot be asked. */}
          <DocumentBody
            session={info.kind === 'loading' ? null : session}
            state={state}
            user={user}
            documentKind={documentKind}
            canWrite={canWrite}
            canSuggest={canSuggest}
            author={author}
            comments={commentsStore ?? undefined}
            onEditor={setEditor}
          />
        </div>
        <div className="document-side">
          {/* A refused document has nobody to show and nothing to download. */}
          {session !== null && !refused && <PeoplePresent awareness={session.provider.awareness} />}
          {documentKind === 'protocol' && !refused && <ExportLinks documentId={documentId} />}
          {info.kind === 'found' && !refused && <HistoryLink documentId={documentId} />}
          {info.kind === 'found' && state.refusedCode === null && (
            <SuggestionsPanel editor={editor} canDecide={canWrite} currentUserId={account.id} />
          )}
          {commentsStore !== null && info.kind === 'found' && state.refusedCode === null && (
            <CommentsSidebar documentId={documentId} store={commentsStore} currentUserId={account.id} />
          )}
        </div>
      </MainContent>
    </>
  );
}
