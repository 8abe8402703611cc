import { Link } from 'wouter';

/** The way from a document to its versions: save one, compare, restore. */
export function HistoryLink({ documentId }: { documentId: string }) {
  return (
    <section className="side-panel history-link" aria-labelledby="history-link-heading">
      <h2 id="history-link-heading">Versioner</h2>
      <p>
        <Link href={`/d/${encodeURIComponent(documentId)}/versioner`}>Versionshistorik och jämförelse</Link>
      </p>
    </section>
  );
}
