import { useId, useState } from 'react';
import type { TabledEntry } from '../api/matter';
import { fetchTabledVersions } from '../api/mattersApi';
import { draftKindLabel, formatMoment, joinNames } from './matterLabels';
import { tabledKey } from './tabledKey';
import { useLoad } from './useLoad';

function TabledText({ entry, id }: { entry: TabledEntry; id: string }) {
  const { state } = useLoad(
    tabledKey(entry.documentId, entry.version),
    (signal) => fetchTabledVersions(entry.documentId, signal),
    'Det gick inte att hämta den inlämnade texten.',
  );
  const label = `Inlämnad text: ${entry.title}, version ${entry.version}`;
  if (state.kind === 'loading') {
    return (
      <div id={id} className="tabled-text" role="region" aria-label={label} aria-busy="true">
        <p className="muted">Hämtar texten …</p>
      </div>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div id={id} className="tabled-text" role="region" aria-label={label}>
        <p role="alert" className="form-error">
          {state.message}
        </p>
      </div>
    );
  }
  const version = state.value.find((candidate) => candidate.version === entry.version);
  return (
    <div id={id} className="tabled-text" role="region" aria-label={label}>
      {version ? (
        <>
          {version.tabledBy !== '' && <p className="muted">Inlämnad av {version.tabledBy}</p>}
          <div className="tabled-text__body">{version.text.trim() === '' ? '(Ingen text)' : version.text}</div>
        </>
      ) : (
        <p className="muted">Versionen finns inte längre.</p>
      )}
    </div>
  );
}

function TabledItem({ entry }: { entry: TabledEntry }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <li className="tabled">
      <h3 className="tabled__title">{entry.title}</h3>
      <p className="draft__facts">
        <span>{draftKindLabel(entry.draftKind)}</span>
        {entry.groups.length > 0 && <span>{joinNames(entry.groups)}</span>}
        <span>Version {entry.version}</span>
        <span>
          Inlämnad <time dateTime={new Date(entry.tabledAt).toISOString()}>{formatMoment(entry.tabledAt)}</time>
        </span>
      </p>
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={open ? regionId : undefined}
        onClick={() => setOpen((current) => !current)}
      >
        {open ? 'Dölj' : 'Visa'}
        <span className="visually-hidden">
          {' '}
          {entry.title}, version {entry.version}
        </span>
      </button>
      {open && <TabledText entry={entry} id={regionId} />}
    </li>
  );
}

/** "Inlämnade handlingar": every tabled version, readable by the whole board. */
export function TabledSection({ tabled }: { tabled: readonly TabledEntry[] }) {
  return (
    <section className="matter-section" aria-labelledby="tabled-heading">
      <h2 id="tabled-heading">Inlämnade handlingar</h2>
      {tabled.length === 0 ? (
        <p>Inget har lämnats in än. Inlämnade förslag och uttalanden syns här för hela nämnden.</p>
      ) : (
        <ul className="draft-list">
          {tabled.map((entry) => (
            <TabledItem key={tabledKey(entry.documentId, entry.version)} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}
