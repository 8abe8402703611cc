import { useId, useState } from 'react';
import type { TabledEntry } from '../api/matter';
import { fetchTabledVersions } from '../api/mattersApi';
import { draftKindLabel, formatMoment, joinNames } from './matterLabels';
import { tabledKey } from './tabledKey';
import { useLoad } from './useLoad';

interface TabledReading {
  tabledBy: string;
  /** The version as its downloads print it: the server renders it, with the one mapping drafts have. */
  text: string;
}

async function readTabled(entry: TabledEntry, signal: AbortSignal): Promise<TabledReading | null> {
  const version = (await fetchTabledVersions(entry.documentId, signal)).find(
    (candidate) => candidate.version === entry.version,
  );
  if (!version) return null;
  return { tabledBy: version.tabledBy, text: version.text };
}

function TabledText({ entry, id }: { entry: TabledEntry; id: string }) {
  const { state } = useLoad(
    tabledKey(entry.documentId, entry.version),
    (signal) => readTabled(entry, signal),
    'Det gick inte att hämta den inlämnade texten.',
  );
  const label = `Inlämnad text: ${entry.title}, version ${entry.version}`;
  if (state.kind === 'loading') {
    return (
      <section id={id} className="tabled-text" aria-label={label} aria-busy="true">
        <p className="muted">Hämtar texten …</p>
      </section>
    );
  }
  if (state.kind === 'failed') {
    return (
      <section id={id} className="tabled-text" aria-label={label}>
        <p role="alert" className="form-error">
          {state.message}
        </p>
      </section>
    );
  }
  const reading = state.value;
  return (
    <section id={id} className="tabled-text" aria-label={label}>
      {reading === null ? (
        <p className="muted">Versionen finns inte längre.</p>
      ) : (
        <>
          {reading.tabledBy !== '' && <p className="muted">Inlämnad av {reading.tabledBy}</p>}
          <div className="tabled-text__body">{reading.text.trim() === '' ? '(Ingen text)' : reading.text.trim()}</div>
        </>
      )}
    </section>
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
