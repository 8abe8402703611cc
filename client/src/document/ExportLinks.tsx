import { exportLinks } from './exportLinks';

/**
 * "Ladda ner": the protocol paragraph as the server exports it. The exports read the server's copy, so edits that
 * are still on their way (see the connection status) are not in them yet.
 */
export function ExportLinks({ documentId }: { documentId: string }) {
  return (
    <section className="side-panel export-links" aria-labelledby="export-links-heading">
      <h2 id="export-links-heading">Ladda ner</h2>
      <ul className="export-links__list">
        {exportLinks(documentId).map((link) => (
          <li key={link.format}>
            <a href={link.href} download data-format={link.format}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
