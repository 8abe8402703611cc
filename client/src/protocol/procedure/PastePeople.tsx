import type { Person } from '@yttra/domain';
import { useId, useState } from 'react';
import { parsePeopleList } from './parsePeopleList';
import { useProcedureForm } from './procedureFormContext';

interface PastePeopleProps {
  legend: string;
  onAdd: (people: Person[]) => void;
}

/**
 * "Klistra in en lista": people written as the protocol lists them, added to the list at once. What could not be
 * read as "Namn (Parti)" stays in the field with a message tied to it, so nothing pasted is lost unseen.
 */
export function PastePeople({ legend, onAdd }: PastePeopleProps) {
  const { template } = useProcedureForm();
  const id = useId();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const read = () => {
    const { people, leftOver } = parsePeopleList(text, template.organisation?.roles ?? {});
    if (people.length > 0) onAdd(people);
    setText(leftOver);
    setMessage(
      leftOver === ''
        ? undefined
        : `Kunde inte läsas som "Namn (Parti)": ${leftOver}${people.length > 0 ? ` (${people.length} tillagda)` : ''}`,
    );
  };
  return (
    <details className="paste-people">
      <summary>Klistra in en lista</summary>
      <div className="field">
        <label htmlFor={id}>Personer i {legend.toLocaleLowerCase('sv-SE')}</label>
        <span id={`${id}-hint`} className="field-hint">
          Som i protokollet: Namn (Parti), tjänstgörande ersättaren Namn (Parti) och …
        </span>
        <textarea
          id={id}
          rows={3}
          value={text}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => setText(event.target.value)}
        />
        {message && (
          <span id={`${id}-error`} className="field-error">
            {message}
          </span>
        )}
      </div>
      <button type="button" className="button button--small" onClick={read}>
        Lägg till från listan i {legend.toLocaleLowerCase('sv-SE')}
      </button>
    </details>
  );
}
