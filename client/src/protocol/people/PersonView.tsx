import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { formatPerson } from '@yttra/domain';
import { useEffect, useRef, useState } from 'react';
import { useEditable } from '../editableContext';
import { personFromNode } from '../live/peopleOfNode';
import { useProtocolContext } from '../live/useProtocolContext';
import { PersonFields } from './PersonFields';
import type { PersonDraft } from './personDraft';

/**
 * One person as a chip, as the protocol writes them ("Anette Hellström m.fl. (M)"), with buttons to change or
 * remove them. Changes are written to the node as they are typed, like any other field.
 */
export function PersonView({ editor, node, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const parties = useProtocolContext(editor, (context) => context.template.organisation?.parties);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const wasEditing = useRef(false);
  const editable = useEditable();
  const person = personFromNode(node);
  const spokenName = person.name || 'namnlös person';
  const draft: PersonDraft = {
    name: person.name,
    party: person.party,
    andOthers: person.andOthers,
    role: person.role ?? '',
  };

  useEffect(() => {
    if (editing) nameInput.current?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  // The button goes with the person: keep the keyboard user in the list, on its "Lägg till person" button.
  const remove = (button: HTMLElement) => {
    const list = button.closest('.person-list');
    deleteNode();
    requestAnimationFrame(() => list?.querySelector<HTMLElement>('.person-list__add button')?.focus());
  };

  return (
    <NodeViewWrapper className="person" data-person-name={person.name}>
      <span className="person__chip">{formatPerson(person)}</span>
      {editable && (
        <span className="person__actions" data-node-controls>
          <button
            ref={editButton}
            type="button"
            className="person__button"
            aria-expanded={editing}
            onClick={() => setEditing((value) => !value)}
          >
            Ändra<span className="visually-hidden"> {spokenName}</span>
          </button>
          <button type="button" className="person__button" onClick={(event) => remove(event.currentTarget)}>
            Ta bort<span className="visually-hidden"> {spokenName}</span>
          </button>
        </span>
      )}
      {editable && editing && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the form from any of its fields
        <div
          className="person__editor"
          data-node-controls
          onKeyDown={(event) => {
            if (event.key === 'Escape') setEditing(false);
          }}
        >
          <fieldset>
            <legend>Ändra {spokenName}</legend>
            <PersonFields
              draft={draft}
              nameRef={nameInput}
              parties={parties}
              onChange={(change) => updateAttributes(change)}
            />
            <button type="button" className="button button--small" onClick={() => setEditing(false)}>
              Klar
            </button>
          </fieldset>
        </div>
      )}
    </NodeViewWrapper>
  );
}
