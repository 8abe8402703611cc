import type { Party } from '@yttra/domain';
import { formatPerson, type Person } from '@yttra/domain';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useEditable } from '../editableContext';
import { PersonFields } from './PersonFields';
import { checkPersonDraft, EMPTY_PERSON_DRAFT, type PersonDraft, type PersonDraftErrors } from './personDraft';

interface AddPersonFormProps {
  /** The organisation's party list, for the party choice. */
  parties?: readonly Party[];
  /** What the list is called ("Reservanter"), so the form says where the person goes. */
  listLabel: string;
  onAdd: (person: Person) => boolean;
}

/**
 * "Lägg till person": a small form that adds a complete person to the list at once (two people adding at the same
 * time both keep theirs: each add is a node of its own). It stays open for the next person until closed.
 */
export function AddPersonForm({ listLabel, onAdd, parties }: AddPersonFormProps) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<PersonDraft>(EMPTY_PERSON_DRAFT);
  const [errors, setErrors] = useState<PersonDraftErrors>({});
  const [added, setAdded] = useState('');
  const openButton = useRef<HTMLButtonElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const partySelect = useRef<HTMLSelectElement>(null);
  const wasOpen = useRef(false);
  const editable = useEditable();

  useEffect(() => {
    if (open) nameInput.current?.focus();
    else if (wasOpen.current) openButton.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const close = () => {
    setOpen(false);
    setDraft(EMPTY_PERSON_DRAFT);
    setErrors({});
    setAdded('');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkPersonDraft(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      setAdded('');
      (checked.errors.name ? nameInput : partySelect).current?.focus();
      return;
    }
    if (!onAdd(checked.person)) return;
    setAdded(`${formatPerson(checked.person)} har lagts till.`);
    setDraft(EMPTY_PERSON_DRAFT);
    setErrors({});
    nameInput.current?.focus();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
      // Browsers submit on Enter only from text fields; the party select is as natural a place to finish.
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  if (!editable) return null;
  if (!open) {
    return (
      <button ref={openButton} type="button" className="button button--small" onClick={() => setOpen(true)}>
        Lägg till person<span className="visually-hidden"> bland {listLabel}</span>
      </button>
    );
  }

  return (
    <form className="person-form" onSubmit={submit} onKeyDown={handleKeyDown} noValidate>
      <fieldset>
        <legend>Lägg till person bland {listLabel}</legend>
        <PersonFields
          parties={parties}
          draft={draft}
          errors={errors}
          nameRef={nameInput}
          partyRef={partySelect}
          onChange={(change) => setDraft((previous) => ({ ...previous, ...change }))}
        />
        <div className="person-form__actions">
          <button type="submit" className="button button--small button--primary">
            Lägg till
          </button>
          <button type="button" className="button button--small" onClick={close}>
            Stäng
          </button>
        </div>
        <p className="person-form__status" role="status">
          {added}
        </p>
      </fieldset>
    </form>
  );
}
