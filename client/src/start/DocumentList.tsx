import { Link } from 'wouter';
import { formatCreatedAt } from './formatCreatedAt';
import { useDocumentList } from './useDocumentList';

function DocumentListContent() {
  const state = useDocumentList();
  if (state.kind === 'loading') return <p className="muted">Hämtar dokument …</p>;
  if (state.kind === 'failed') {
    return (
      <p role="alert" className="form-error">
        {state.message}
      </p>
    );
  }
  if (state.documents.length === 0)
    return <p className="muted">Det finns inga anteckningar än. Skapa den första nedan.</p>;
  return (
    <ul className="document-list">
      {state.documents.map((document) => (
        <li key={document.id}>
          <Link href={`/d/${document.id}`}>{document.title}</Link>
          <span className="document-list__created">
            Skapat{' '}
            <time dateTime={new Date(document.createdAt).toISOString()}>{formatCreatedAt(document.createdAt)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function DocumentList() {
  return (
    <section className="card" aria-labelledby="document-list-heading">
      <h3 id="document-list-heading">Alla anteckningar</h3>
      <DocumentListContent />
    </section>
  );
}
