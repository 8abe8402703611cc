import { useId, useState } from 'react';
import { describeRequestFailure } from '../api/ApiError';
import { createCalendarFeed, hasCalendarFeed, removeCalendarFeed } from '../api/calendarApi';
import { useLoad } from '../matters/useLoad';
import './publishing.css';

/**
 * "Prenumerera i kalendern": a personal, secret iCalendar address with every deadline of the user's boards.
 * The address is shown once, when made; making a new one stops the old, and it can be removed.
 */
export function CalendarFeedControl() {
  const ids = { heading: useId(), address: useId(), hint: useId() };
  const { state, reload } = useLoad('calendar-feed', hasCalendarFeed, 'Det gick inte att se om du har en kalender.');
  const [address, setAddress] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const exists = address !== null || (state.kind === 'loaded' && state.value);

  const act = async (action: () => Promise<void>, failure: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(describeRequestFailure(caught, failure));
    } finally {
      setBusy(false);
    }
  };
  const create = () =>
    act(async () => {
      setAddress(await createCalendarFeed());
      setMessage(exists ? 'En ny adress är skapad. Den gamla slutar fungera.' : 'Kalenderadressen är skapad.');
    }, 'Det gick inte att skapa kalenderadressen.');
  const remove = () =>
    act(async () => {
      await removeCalendarFeed();
      setAddress(null);
      setMessage('Kalenderprenumerationen är borttagen. Adressen slutar fungera.');
      reload();
    }, 'Det gick inte att ta bort kalenderadressen.');
  const copy = () =>
    act(async () => {
      await navigator.clipboard.writeText(address ?? '');
      setMessage('Adressen är kopierad.');
    }, 'Det gick inte att kopiera. Markera adressen och kopiera den själv.');

  return (
    <section className="card" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Tidsfrister i din kalender</h2>
      <p>
        Lägg in ärendenas tidsfrister i kalendern du redan använder (Outlook, Google, Apple). Adressen är personlig:
        dela den inte.
      </p>
      <p role="status" className={message === '' ? 'visually-hidden' : 'status-message'}>
        {message}
      </p>
      {address !== null && (
        <div className="field">
          <label htmlFor={ids.address}>Din kalenderadress</label>
          <p id={ids.hint} className="field-hint">
            Kopiera den nu: den visas bara en gång. Lägg till den som prenumeration (”Lägg till kalender från webben”).
          </p>
          <div className="feed-address">
            <input
              id={ids.address}
              type="text"
              readOnly
              value={address}
              aria-describedby={ids.hint}
              onFocus={(event) => event.target.select()}
            />
            <button type="button" className="button button--small" onClick={copy}>
              Kopiera adressen
            </button>
          </div>
        </div>
      )}
      {error !== null && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={create}>
          {exists ? 'Skapa en ny adress' : 'Prenumerera i kalendern'}
        </button>
        {exists && (
          <button type="button" className="button" aria-disabled={busy || undefined} onClick={remove}>
            Ta bort prenumerationen
          </button>
        )}
      </div>
    </section>
  );
}
