import type { Person } from '@yttra/domain';
import { useEffect, useId, useRef } from 'react';
import { useEditable } from '../editableContext';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { partyChoices } from '../people/partyChoices';
import type { BlockProblems } from './blockProblems';
import { PastePeople } from './PastePeople';
import { useProcedureForm } from './procedureFormContext';
import type { BlockPath } from './setAtPath';

interface PeopleFieldProps {
  /** The list's name, e.g. "Röstar Ja": the fieldset's legend and part of every button's name. */
  legend: string;
  people: readonly Person[];
  onChange: (people: Person[]) => void;
  path: BlockPath;
  problems: BlockProblems;
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

/**
 * A list of people inside a procedure block (who moved, who voted Ja): name, party from the organisation's list,
 * a role from the organisation's roles (tjänstgörande ersättare, ordförande: printed before the name, and written
 * once for several people in a row with the same role) and "m fl". Adding a person moves the focus to the new name.
 */
export function PeopleField({ legend, people, onChange, path, problems }: PeopleFieldProps) {
  const { template, parties } = useProcedureForm();
  const editable = useEditable();
  const errorId = useId();
  const lastName = useRef<HTMLInputElement>(null);
  const added = useRef(false);
  // After every render: the render that follows an addition has the new field to focus.
  useEffect(() => {
    if (added.current) lastName.current?.focus();
    added.current = false;
  });
  const roles = template.organisation?.roles ?? {};
  const roleChoices = (current: string | undefined) => [
    { value: '', label: 'Ingen roll' },
    ...Object.entries(roles).map(([id, role]) => ({ value: id, label: capitalize(role.singular) })),
    ...(current && !Object.hasOwn(roles, current) ? [{ value: current, label: current }] : []),
  ];
  const change = (index: number, next: Partial<Person>) =>
    onChange(
      people.map((person, at) => {
        if (at !== index) return person;
        const merged = { ...person, ...next };
        if (merged.role === '' || merged.role === undefined) delete merged.role;
        return merged;
      }),
    );
  const listError = problems.at(path);
  return (
    <fieldset className="procedure-people" aria-describedby={listError ? errorId : undefined}>
      <legend>{legend}</legend>
      {listError && (
        <p id={errorId} className="field-error">
          {listError}
        </p>
      )}
      {people.length === 0 && <p className="field-hint">Ingen ännu.</p>}
      <ol className="procedure-people__list">
        {people.map((person, index) => (
          // People have no identity beyond their place in the list (two people may share a name).
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className="procedure-person">
            <TextField
              label="Namn"
              value={person.name}
              error={problems.at([...path, index, 'name'])}
              inputRef={index === people.length - 1 ? lastName : undefined}
              onChange={(name) => change(index, { name })}
            />
            <SelectField
              label="Parti"
              value={person.party}
              error={problems.at([...path, index, 'party'])}
              choices={partyChoices(person.party, parties)}
              onChange={(party) => change(index, { party })}
            />
            <SelectField
              label="Roll"
              value={person.role ?? ''}
              choices={roleChoices(person.role)}
              onChange={(role) => change(index, { role })}
            />
            <CheckboxField
              label="m fl"
              checked={person.andOthers}
              onChange={(andOthers) => change(index, { andOthers })}
            />
            {editable && (
              <button
                type="button"
                className="button button--small"
                aria-label={`Ta bort ${person.name || `person ${index + 1}`} ur ${legend}`}
                onClick={() => onChange(people.filter((_, at) => at !== index))}
              >
                Ta bort
              </button>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <button
          type="button"
          className="button button--small"
          aria-label={`Lägg till person i ${legend}`}
          onClick={() => {
            added.current = true;
            onChange([...people, { name: '', party: '', andOthers: false }]);
          }}
        >
          Lägg till person
        </button>
      )}
      {editable && <PastePeople legend={legend} onAdd={(added) => onChange([...people, ...added])} />}
    </fieldset>
  );
}
