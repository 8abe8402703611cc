import type { WrittenProposalBlock } from '@yttra/domain';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { PartiesField } from './PartiesField';
import { useProcedureForm } from './procedureFormContext';
import type { ProcedureFormProps } from './procedureFormProps';

const KIND_LABELS = { decision: 'Yrkande', referral: 'Återremissyrkande', addition: 'Tilläggsyrkande' } as const;
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

/** A written proposal tabled before the meeting: its kind, its parties in print order, its date or its own name. */
export function WrittenProposalForm({ block, set, problems }: ProcedureFormProps<WrittenProposalBlock>) {
  const { template } = useProcedureForm();
  const kinds = (['decision', 'referral', 'addition'] as const).map((kind) => ({
    value: kind,
    label: capitalize(template.proposalKinds?.[kind]?.indefinite ?? KIND_LABELS[kind]),
  }));
  return (
    <div className="procedure-form__row">
      <SelectField label="Slag" value={block.kind} choices={kinds} onChange={(kind) => set(['kind'], kind)} />
      <PartiesField
        label="Partier"
        parties={block.parties ?? []}
        error={problems.at(['parties'])}
        onChange={(parties) => set(['parties'], parties)}
      />
      <TextField
        label="Datum"
        type="date"
        value={block.date ?? ''}
        error={problems.at(['date'])}
        onChange={(date) => set(['date'], date === '' ? undefined : date)}
      />
      <TextField
        label="Eget namn (valfritt)"
        hint="T.ex. utredningsförslaget; annars nämns det efter partierna"
        value={block.name ?? ''}
        onChange={(name) => set(['name'], name.trim() === '' ? undefined : name)}
      />
    </div>
  );
}
