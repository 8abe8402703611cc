import type { EarlierHandlingBlock } from '@yttra/domain';
import { useEditable } from '../editableContext';
import { TextField } from '../fields/TextField';
import type { ProcedureFormProps } from './procedureFormProps';

/** Each earlier meeting that tabled the matter (bordlagt den …, § …). */
export function EarlierHandlingForm({ block, set, problems }: ProcedureFormProps<EarlierHandlingBlock>) {
  const editable = useEditable();
  const tablings: { date: string; paragraphNumber: number | null }[] = block.tablings ?? [];
  return (
    <fieldset className="procedure-list">
      <legend>Bordlagt</legend>
      {tablings.map((tabling, index) => {
        const name = tablings.length > 1 ? ` ${index + 1}` : '';
        return (
          // Tablings have no identity beyond their order.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div key={index} className="procedure-form__row">
            <TextField
              label={`Datum${name}`}
              type="date"
              value={tabling.date}
              error={problems.at(['tablings', index, 'date'])}
              onChange={(date) => set(['tablings', index, 'date'], date)}
            />
            <TextField
              label={`Paragraf${name}`}
              type="number"
              min={1}
              value={tabling.paragraphNumber === null ? '' : String(tabling.paragraphNumber)}
              error={problems.at(['tablings', index, 'paragraphNumber'])}
              onChange={(raw) => set(['tablings', index, 'paragraphNumber'], raw.trim() === '' ? null : Number(raw))}
            />
            {editable && tablings.length > 1 && (
              <button
                type="button"
                className="button button--small"
                aria-label={`Ta bort bordläggning${name}`}
                onClick={() =>
                  set(
                    ['tablings'],
                    tablings.filter((_, at) => at !== index),
                  )
                }
              >
                Ta bort
              </button>
            )}
          </div>
        );
      })}
      {editable && (
        <button
          type="button"
          className="button button--small"
          onClick={() => set(['tablings'], [...tablings, { date: '', paragraphNumber: null }])}
        >
          Lägg till bordläggning
        </button>
      )}
    </fieldset>
  );
}
