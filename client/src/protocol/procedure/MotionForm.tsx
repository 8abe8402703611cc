import type { MotionBlock } from '@yttra/domain';
import { useEditable } from '../editableContext';
import { SelectField } from '../fields/SelectField';
import { MotionItemFields } from './MotionItemFields';
import { PeopleField } from './PeopleField';
import type { ProcedureFormProps } from './procedureFormProps';

const CONJUNCTIONS = [
  { value: '', label: 'Mallens val (och, annars kommatecken)' },
  { value: 'och', label: 'och' },
  { value: 'samt', label: 'samt' },
];

/**
 * A motion made at the meeting: who moved it and what, item by item ("bifall till …" "och avslag på övriga
 * yrkanden"). Other blocks mention it by its movers ("Daniel Bernmars yrkande").
 */
export function MotionForm({ block, set, problems }: ProcedureFormProps<MotionBlock>) {
  const editable = useEditable();
  const items = block.items ?? [];
  return (
    <>
      <PeopleField
        legend="Yrkar"
        people={block.movers ?? []}
        path={['movers']}
        problems={problems}
        onChange={(movers) => set(['movers'], movers)}
      />
      {items.map(({ item, conjunction }, index) => {
        const name = `Yrkande ${index + 1}`;
        return (
          // Items have no identity beyond their order in the sentence.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <fieldset key={index} className="procedure-item">
            <legend>{name}</legend>
            {index > 0 && (
              <SelectField
                label="Bindeord före"
                value={conjunction ?? ''}
                choices={CONJUNCTIONS}
                onChange={(value) => set(['items', index, 'conjunction'], value === '' ? undefined : value)}
              />
            )}
            <MotionItemFields item={item} name={name} path={['items', index, 'item']} set={set} problems={problems} />
            {editable && items.length > 1 && (
              <button
                type="button"
                className="button button--small"
                aria-label={`Ta bort ${name}`}
                onClick={() =>
                  set(
                    ['items'],
                    items.filter((_, at) => at !== index),
                  )
                }
              >
                Ta bort
              </button>
            )}
          </fieldset>
        );
      })}
      {editable && (
        <button
          type="button"
          className="button button--small"
          onClick={() => set(['items'], [...items, { item: { type: 'rejectOthers' } }])}
        >
          Lägg till yrkande
        </button>
      )}
    </>
  );
}
