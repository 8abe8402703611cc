import type { VoteProposition, VoteRoundBlock } from '@yttra/domain';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { MentionField } from './MentionField';
import { PeopleField } from './PeopleField';
import type { ProcedureFormProps } from './procedureFormProps';

const PROPOSITION_TYPES = [
  { value: 'betweenProposals', label: 'Ja för ett yrkande, Nej för ett annat' },
  { value: 'approveOrReject', label: 'Bifall eller avslag på ett yrkande' },
  { value: 'referralOrDecision', label: 'Återremiss eller avgörande idag' },
] as const;

const emptyProposition = (type: VoteProposition['type']): unknown =>
  type === 'betweenProposals'
    ? { type, yes: { to: '' }, no: { to: '' } }
    : type === 'approveOrReject'
      ? { type, target: { to: '' }, yesApproves: false }
      : { type, yesRefers: true };

const LISTS = [
  { key: 'yes', legend: 'Röstar Ja', count: 'Antal Ja' },
  { key: 'no', legend: 'Röstar Nej', count: 'Antal Nej' },
  { key: 'abstained', legend: 'Avstår', count: 'Antal som avstår' },
] as const;

const CONJUNCTIONS = [
  { value: '', label: 'Mallens val' },
  { value: 'och', label: 'och' },
  { value: 'samt', label: 'samt' },
];

/**
 * One vote: what Ja and Nej stood for (the approved voteringsproposition) and who voted how, each list with the
 * roles of the people in it. Counts are the lengths of the lists unless the secretary writes them (a vote with
 * unnamed voters). Whether a result sentence follows is the template's choice, not the form's.
 */
export function VoteRoundForm({ block, set, problems }: ProcedureFormProps<VoteRoundBlock>) {
  const { proposition } = block;
  const writeCount = (key: 'yes' | 'no' | 'abstained', raw: string) => {
    const parsed = raw.trim() === '' ? undefined : Number(raw);
    const counts = block.counts ?? { yes: block.yes.length, no: block.no.length, abstained: block.abstained.length };
    if (parsed === undefined) {
      set(['counts'], undefined);
      return;
    }
    if (Number.isInteger(parsed) && parsed >= 0) set(['counts'], { ...counts, [key]: parsed });
  };
  return (
    <>
      <fieldset className="procedure-item">
        <legend>Voteringsproposition</legend>
        <SelectField
          label="Ja och Nej för"
          value={proposition.type}
          choices={PROPOSITION_TYPES}
          onChange={(type) => set(['proposition'], emptyProposition(type as VoteProposition['type']))}
        />
        {proposition.type === 'betweenProposals' && (
          <>
            <MentionField
              label="Ja för bifall till"
              sentenceKind="vote"
              value={proposition.yes}
              error={problems.at(['proposition', 'yes', 'to'])}
              onChange={(mention) => set(['proposition', 'yes'], mention)}
            />
            <MentionField
              label="Nej för bifall till"
              sentenceKind="vote"
              value={proposition.no}
              error={problems.at(['proposition', 'no', 'to'])}
              onChange={(mention) => set(['proposition', 'no'], mention)}
            />
          </>
        )}
        {proposition.type === 'approveOrReject' && (
          <>
            <MentionField
              label="Yrkande"
              sentenceKind="vote"
              value={proposition.target}
              error={problems.at(['proposition', 'target', 'to'])}
              onChange={(mention) => set(['proposition', 'target'], mention)}
            />
            <CheckboxField
              label="Ja för bifall"
              hint="Annars Ja för avslag och Nej för bifall"
              checked={proposition.yesApproves}
              onChange={(yesApproves) => set(['proposition', 'yesApproves'], yesApproves)}
            />
          </>
        )}
        {proposition.type === 'referralOrDecision' && (
          <CheckboxField
            label="Ja för återremiss"
            hint="Annars Ja för avgörande idag"
            checked={proposition.yesRefers}
            onChange={(yesRefers) => set(['proposition', 'yesRefers'], yesRefers)}
          />
        )}
      </fieldset>
      {LISTS.map(({ key, legend, count }) => (
        <div key={key} className="procedure-vote-list">
          <PeopleField
            legend={legend}
            people={block[key] ?? []}
            path={[key]}
            problems={problems}
            onChange={(people) => set([key], people)}
          />
          <div className="procedure-form__row">
            <TextField
              label={count}
              type="number"
              min={0}
              hint="Tomt: räknas från listan"
              className="field--count"
              value={block.counts ? String(block.counts[key]) : ''}
              onChange={(raw) => writeCount(key, raw)}
            />
            <SelectField
              label={`${legend}: sista bindeord`}
              value={block.conjunctions?.[key] ?? ''}
              choices={CONJUNCTIONS}
              onChange={(value) => set(['conjunctions', key], value === '' ? undefined : value)}
            />
          </div>
        </div>
      ))}
    </>
  );
}
