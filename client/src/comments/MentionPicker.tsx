import { useId } from 'react';
import type { Person } from './commentsApi';
import { toggleMention } from './mentions';

/** The "Nämn" checkbox group: who a comment mentions, among the people who can read the document. */
export function MentionPicker({
  people,
  selected,
  onChange,
}: {
  people: readonly Person[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}) {
  const id = useId();
  if (people.length === 0) return null;
  return (
    <fieldset className="comment-mentions">
      <legend>Nämn</legend>
      {people.map((person) => (
        <div key={person.id} className="comment-mentions__option">
          <input
            type="checkbox"
            id={`${id}-${person.id}`}
            checked={selected.includes(person.id)}
            onChange={(event) => onChange(toggleMention(selected, person.id, event.target.checked))}
          />
          <label htmlFor={`${id}-${person.id}`}>{person.name}</label>
        </div>
      ))}
    </fieldset>
  );
}
