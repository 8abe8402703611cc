import type { Comparison, Version } from '@yttra/api';
import { useCallback, useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import { describeRequestFailure } from '../api/ApiError';
import { compareVersions, listVersions, restoreVersion } from '../api/versionsApi';
import { AccountMenu } from '../auth/AccountMenu';
import { useDocumentInfo } from '../document/useDocumentInfo';
import { ConfirmDialog } from '../matters/ConfirmDialog';
import { MainContent } from '../shared/MainContent';
import { NotFoundPage } from '../shared/NotFoundPage';
import { SkipLink } from '../shared/SkipLink';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { formatCreatedAt } from '../start/formatCreatedAt';
import { ComparisonView } from './ComparisonView';
import { NamedVersionForm } from './NamedVersionForm';
import { VersionList } from './VersionList';
import { versionTitle } from './versionTitle';
import '../styles/versions.css';

const NOW = 'now';

/**
 * Versionshistorik: a document's saved versions, a named one saved on request, any two (or one and now) compared,
 * and a version restored as a new change that everyone with the document open sees at once.
 */
export function VersionsPage({ documentId }: { documentId: string }) {
  const info = useDocumentInfo(documentId);
  const title = info.kind === 'found' ? info.document.title : 'Dokument';
  useDocumentTitle(`Versionshistorik: ${title} – Yttra`);
  const canRestore = info.kind === 'found' && info.document.access.write;
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(NOW);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [compareError, setCompareError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<Version | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fromId = useId();
  const toId = useId();

  const reload = useCallback(async () => {
    try {
      const listed = await listVersions(documentId);
      setVersions(listed);
      setFrom((current) => current || (listed.at(-1)?.id ?? ''));
    } catch (failure) {
      setLoadError(describeRequestFailure(failure, 'Versionerna kunde inte hämtas.'));
    }
  }, [documentId]);

  useEffect(() => {
    if (info.kind === 'found') void reload();
  }, [info.kind, reload]);

  const compare = async (fromRef: string, toRef: string) => {
    setFrom(fromRef);
    setTo(toRef);
    setCompareError(null);
    try {
      setComparison(await compareVersions(documentId, fromRef, toRef));
    } catch (failure) {
      setCompareError(describeRequestFailure(failure, 'Jämförelsen kunde inte göras.'));
    }
  };

  if (info.kind === 'not-found' || info.kind === 'forbidden') return <NotFoundPage />;
  const latestTabled = versions?.findLast((version) => version.reason === 'tabled');
  const byId = new Map((versions ?? []).map((version) => [version.id, version]));
  const restorable = comparison && byId.get(comparison.from.ref);
  const label = (version: Version) => `${versionTitle(version)} – ${formatCreatedAt(version.createdAt)}`;

  return (
    <>
      <SkipLink />
      <header className="site-header document-header">
        <nav aria-label="Huvudmeny" className="site-nav">
          <Link href={`/d/${encodeURIComponent(documentId)}`}>
            <span aria-hidden="true">← </span>Tillbaka till dokumentet
          </Link>
        </nav>
        <h1 className="document-title">Versionshistorik: {title}</h1>
        <div className="identity">
          <AccountMenu />
        </div>
      </header>
      <MainContent className="versions-layout">
        <div className="versions-side">
          {canRestore && (
            <NamedVersionForm
              documentId={documentId}
              onSaved={(name) => {
                setNotice(`Versionen ”${name}” är sparad.`);
                void reload();
              }}
            />
          )}
          <section aria-labelledby="version-list-heading">
            <h2 id="version-list-heading">Versioner</h2>
            {loadError !== null && (
              <p role="alert" className="form-error">
                {loadError}
              </p>
            )}
            {versions === null && loadError === null && <p>Hämtar versionerna …</p>}
            {versions !== null && (
              <VersionList
                versions={versions}
                canRestore={canRestore}
                onCompareWithNow={(version) => void compare(version.id, NOW)}
                onRestore={setRestoring}
              />
            )}
          </section>
        </div>
        <div className="versions-main">
          <p className="versions-notice" role="status">
            {notice}
          </p>
          <form
            className="compare-form"
            aria-label="Välj vad som ska jämföras"
            onSubmit={(event) => {
              event.preventDefault();
              if (from) void compare(from, to);
            }}
          >
            <div className="compare-form__field">
              <label htmlFor={fromId}>Jämför</label>
              <select id={fromId} value={from} onChange={(event) => setFrom(event.target.value)}>
                {[...(versions ?? [])].reverse().map((version) => (
                  <option key={version.id} value={version.id}>
                    {label(version)}
                  </option>
                ))}
              </select>
            </div>
            <div className="compare-form__field">
              <label htmlFor={toId}>med</label>
              <select id={toId} value={to} onChange={(event) => setTo(event.target.value)}>
                <option value={NOW}>Nu (texten som den är)</option>
                {[...(versions ?? [])].reverse().map((version) => (
                  <option key={version.id} value={version.id}>
                    {label(version)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button--primary" disabled={!from}>
              Jämför
            </button>
            {latestTabled && (
              <button type="button" className="button" onClick={() => void compare(latestTabled.id, NOW)}>
                Jämför med inlämnad version
              </button>
            )}
          </form>
          {compareError !== null && (
            <p role="alert" className="form-error">
              {compareError}
            </p>
          )}
          {comparison && (
            <ComparisonView
              comparison={comparison}
              onRestore={canRestore && restorable ? () => setRestoring(restorable) : undefined}
            />
          )}
        </div>
      </MainContent>
      {restoring && (
        <ConfirmDialog
          title="Återställ version"
          message={`Texten blir som i ”${versionTitle(restoring)}” (${formatCreatedAt(restoring.createdAt)}). Det görs som en ny ändring som alla ser direkt; nuvarande text sparas först som en version, så inget går förlorat.`}
          confirmLabel="Återställ"
          failureMessage="Versionen kunde inte återställas."
          onConfirm={async () => {
            await restoreVersion(documentId, restoring.id);
            setNotice(`”${versionTitle(restoring)}” är återställd. Ändringen syns för alla som har dokumentet öppet.`);
            setComparison(null);
            await reload();
          }}
          onClosed={() => setRestoring(null)}
        />
      )}
    </>
  );
}
