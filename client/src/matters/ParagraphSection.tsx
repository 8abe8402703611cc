import { Link } from 'wouter';
import type { MatterDocument } from '../api/matter';
import type { BoardRole } from '../api/session';
import { formatMoment } from './matterLabels';

function ApprovedNotice({ approvedAt, checksum }: { approvedAt: number | null; checksum: string }) {
  return (
    <div className="notice notice--success approved">
      <p>
        <strong>Paragrafen är justerad</strong>
        {approvedAt !== null && (
          <>
            {' '}
            <time dateTime={new Date(approvedAt).toISOString()}>{formatMoment(approvedAt)}</time>
          </>
        )}
        . Den är låst och kan inte ändras.
      </p>
      <p>
        Kontrollsumma (SHA-256) för paragrafens textfil (.txt): <code className="checksum">{checksum}</code>
      </p>
      <p>
        Ladda ned textfilen och kör <code>sha256sum</code> på den: summan ska vara densamma.{' '}
        {/* A server-rendered page anyone can open, also without script. */}
        <a href={`/verify/${encodeURIComponent(checksum)}`}>Kontrollera kontrollsumman</a>
      </p>
    </div>
  );
}

/** The matter's protocol paragraph (§): where it is, and whether it has been approved. */
export function ParagraphSection({ protocol, role }: { protocol: MatterDocument | undefined; role: BoardRole }) {
  return (
    <section className="matter-section" aria-labelledby="paragraph-heading">
      <h2 id="paragraph-heading">Protokollsparagraf</h2>
      {protocol === undefined ? (
        <p>Ärendet har ingen protokollsparagraf.</p>
      ) : (
        <>
          <p>
            <Link href={`/d/${protocol.id}`} className="paragraph-link">
              {protocol.title}
            </Link>
          </p>
          {protocol.approvedChecksum !== null ? (
            <ApprovedNotice approvedAt={protocol.approvedAt} checksum={protocol.approvedChecksum} />
          ) : (
            <p className="muted">
              {role === 'administrator'
                ? 'Du skriver paragrafen. Inlämnade förslag och uttalanden infogar du nedan.'
                : 'Nämndsekreteraren sammanställer paragrafen. Du kan läsa den och ladda ner den.'}
            </p>
          )}
        </>
      )}
    </section>
  );
}
