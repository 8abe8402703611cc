import type { Party } from '@yttra/domain';
import type { Ref } from 'react';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { partyChoices } from './partyChoices';
import type { PersonDraft, PersonDraftErrors } from './personDraft';

interface PersonFieldsProps {
  draft: PersonDraft;
  onChange: (change: Partial<PersonDraft>) => void;
  errors?: PersonDraftErrors;
  nameRef?: Ref<HTMLInputElement>;
  partyRef?: Ref<HTMLSelectElement>;
  /** The organisation's own party list (its template's), local parties included; by default the national parties. */
  parties?: readonly Party[];
}

/** Namn, Parti, m.fl. and Roll: the fields of a person, for adding one and for changing one. */
export function PersonFields({ draft, onChange, errors = {}, nameRef, partyRef, parties }: PersonFieldsProps) {
  return (
    <div className="person-fields">
      <TextField
        label="Namn"
        value={draft.name}
        error={errors.name}
        inputRef={nameRef}
        onChange={(name) => onChange({ name })}
      />
      <SelectField
        label="Parti"
        value={draft.party}
        choices={partyChoices(draft.party, parties)}
        error={errors.party}
        selectRef={partyRef}
        onChange={(party) => onChange({ party })}
      />
      <CheckboxField
        label="m.fl."
        hint="Talar för sin grupp"
        checked={draft.andOthers}
        onChange={(andOthers) => onChange({ andOthers })}
      />
      <TextField
        label="Roll (valfri)"
        hint="T.ex. tjänstgörande ersättare"
        value={draft.role}
        onChange={(role) => onChange({ role })}
      />
    </div>
  );
}
