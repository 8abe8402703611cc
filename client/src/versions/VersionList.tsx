import type { Version } from '@yttra/api';
import { formatCreatedAt } from '../start/formatCreatedAt';
import { joinNames } from './joinNames';
import { reasonLabel } from './reasonLabel';
import { versionTitle } from './versionTitle';

interface VersionListProps {
  versions: readonly Version[];
  canRestore: boolean;
  onCompareWithNow: (version: Version) => void;
  onRestore: (version: Version) => void;
}

/** The document's versions, newest first, each with who saved it, who wrote since the one before, and actions. */
export function VersionList({ versions, canRestore, onCompareWithNow, onRestore }: VersionListProps) {
  if (versions.length === 0) {
    return <p>Inga versioner än. En version sparas automatiskt när ingen har skrivit på en stund.</p>;
  }
  return (
    <ol className="version-list" reversed>
      {[...versions].reverse().map((version) => (
        <li key={version.id} className="version-list__item" data-version-id={version.id}>
          <h3 className="version-list__title">{versionTitle(version)}</h3>
          <p className="version-list__meta">
            {version.name !== null && <>{reasonLabel(version.reason)} · </>}
            {formatCreatedAt(version.createdAt)}
            {version.createdBy && <> · sparad av {joinNames([version.createdBy.name])}</>}
          </p>
          <p className="version-list__authors">
            Ändrat sedan förra versionen av: {joinNames(version.authors.map((author) => author.name))}
          </p>
          <div className="version-list__actions">
            {/* Named with the version, so each button says which one it acts on; the visible words come first. */}
            <button
              type="button"
              className="button button--small"
              aria-label={`Jämför med nu: ${versionTitle(version)}`}
              onClick={() => onCompareWithNow(version)}
            >
              Jämför med nu
            </button>
            {canRestore && (
              <button
                type="button"
                className="button button--small"
                aria-label={`Återställ ${versionTitle(version)}`}
                onClick={() => onRestore(version)}
              >
                Återställ
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
