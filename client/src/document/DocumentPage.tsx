import { CloseCode } from '@yttra/protocol';
import { useEffect, useMemo } from 'react';
import { colorForName } from '../identity/colorForName';
import { MainContent } from '../shared/MainContent';
import { SkipLink } from '../shared/SkipLink';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { ConnectionStatusBar } from './ConnectionStatusBar';
import { DocumentBody } from './DocumentBody';
import { DocumentHeader } from './DocumentHeader';
import { deriveConnectionStatus } from './deriveConnectionStatus';
import { PeoplePresent } from './PeoplePresent';
import { useDocumentInfo } from './useDocumentInfo';
import { useDocumentSession } from './useDocumentSession';

interface DocumentPageProps {
  documentId: string;
  displayName: string;
  onChangeName: (name: string) => void;
}

export function DocumentPage({ documentId, displayName, onChangeName }: DocumentPageProps) {
  const { session, state } = useDocumentSession(documentId);
  const info = useDocumentInfo(documentId);
  const user = useMemo(() => ({ name: displayName, color: colorForName(displayName) }), [displayName]);
  // Offline, the title cannot be fetched; the text itself still opens from IndexedDB.
  const title = info.kind === 'found' ? info.document.title : 'Dokument';
  useDocumentTitle(`${title} – Yttra`);

  useEffect(() => {
    // The socket would refuse too, but the API answers first and the answer is just as final.
    if (info.kind === 'not-found') session?.refuse(CloseCode.unknownDocument);
  }, [info.kind, session]);

  return (
    <>
      <SkipLink />
      <DocumentHeader title={title} user={user} onChangeName={onChangeName} />
      <MainContent className="document-layout">
        <div className="document-column">
          <ConnectionStatusBar status={deriveConnectionStatus(state)} />
          <DocumentBody session={session} state={state} user={user} />
        </div>
        {session !== null && <PeoplePresent awareness={session.provider.awareness} />}
      </MainContent>
    </>
  );
}
