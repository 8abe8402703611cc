import { isValidDocumentId } from '@yttra/protocol';
import { lazy, Suspense } from 'react';
import { MainContent } from '../shared/MainContent';
import { NotFoundPage } from '../shared/NotFoundPage';

// The editor stack (ProseMirror, Tiptap, Yjs) is most of the bundle: the start page should not wait for it.
// The server's templates are registered before the first node view phrases anything.
const DocumentPage = lazy(async () => {
  const [module] = await Promise.all([
    import('./DocumentPage'),
    import('./registerServerTemplates').then((templates) => templates.registerServerTemplates()),
  ]);
  return { default: module.DocumentPage };
});

function LoadingEditorPage() {
  return (
    <MainContent className="page">
      <p className="loading-message">Öppnar dokumentet …</p>
    </MainContent>
  );
}

export function DocumentRoute({ documentId }: { documentId: string }) {
  if (!isValidDocumentId(documentId)) return <NotFoundPage />;
  return (
    <Suspense fallback={<LoadingEditorPage />}>
      <DocumentPage documentId={documentId} />
    </Suspense>
  );
}
