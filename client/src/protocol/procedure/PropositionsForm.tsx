import { createSentenceContext, type PropositionsBlock, renderVersion2Block } from '@yttra/domain';
import { useEditable } from '../editableContext';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';
import { PropositionStepFields } from './PropositionStepFields';
import { useProcedureForm } from './procedureFormContext';
import type { ProcedureFormProps } from './procedureFormProps';

const SEQUENCES = [
  { value: '', label: 'Inget ordningsord' },
  { value: 'first', label: 'först' },
  { value: 'then', label: 'härefter' },
];

const STEP_KEYS: Record<string, string> = {
  approveOrReject: 'stepApproveOrReject',
  referralOrDecision: 'stepReferralOrDecision',
  betweenProposals: 'stepBetweenProposals',
  adopted: 'stepAdopted',
  mainVoteYes: 'stepMainVoteYes',
  counterProposal: 'stepCounterProposal',
};

/**
 * The chair's order of propositions, step by step: what was put to the board, what the chair found, "först" /
 * "härefter", whether a vote was requested, and a wording the template offers for the step. The chair is named as
 * the paragraph's header says (Ordförande vid sammanträdet), in full the first time.
 */
export function PropositionsForm({ block, set, problems }: ProcedureFormProps<PropositionsBlock>) {
  const editable = useEditable();
  const { template, paragraph } = useProcedureForm();
  const steps = block.steps ?? [];
  // A wording is offered as the sentence it prints, not by the template's name for it.
  const preview = (entry: PropositionsBlock['steps'][number], wording: string) => {
    try {
      const rendered = renderVersion2Block(
        { type: 'propositions', steps: [{ ...entry, wording }] },
        createSentenceContext(paragraph, template),
      );
      const first = rendered?.[0];
      return first && 'text' in first ? first.text : wording;
    } catch {
      return wording;
    }
  };
  const wordings = (type: string) =>
    Object.keys(template.sentences ?? {})
      .filter((key) => key.startsWith(`${STEP_KEYS[type]}/`))
      .map((key) => key.slice(key.indexOf('/') + 1));
  return (
    <>
      {steps.map((entry, index) => {
        const name = `Steg ${index + 1}`;
        const variants = wordings(entry.step.type);
        return (
          // Steps have no identity beyond their order.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <fieldset key={index} className="procedure-item">
            <legend>{name}</legend>
            <PropositionStepFields
              step={entry.step}
              name={name}
              path={['steps', index, 'step']}
              set={set}
              problems={problems}
            />
            <SelectField
              label="Ordningsord"
              value={entry.sequence ?? ''}
              choices={SEQUENCES}
              onChange={(value) => set(['steps', index, 'sequence'], value === '' ? undefined : value)}
            />
            <CheckboxField
              label="Omröstning begärs"
              checked={entry.voteRequested ?? false}
              onChange={(voteRequested) => set(['steps', index, 'voteRequested'], voteRequested)}
            />
            {variants.length > 0 && (
              <SelectField
                label="Formulering"
                value={entry.wording ?? ''}
                choices={[
                  { value: '', label: 'Mallens vanliga' },
                  ...variants.map((variant) => ({ value: variant, label: preview(entry, variant) })),
                ]}
                onChange={(value) => set(['steps', index, 'wording'], value === '' ? undefined : value)}
              />
            )}
            {editable && steps.length > 1 && (
              <button
                type="button"
                className="button button--small"
                aria-label={`Ta bort ${name}`}
                onClick={() =>
                  set(
                    ['steps'],
                    steps.filter((_, at) => at !== index),
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
          onClick={() =>
            set(
              ['steps'],
              [...steps, { step: { type: 'approveOrReject', target: { to: '' }, approved: false }, sequence: 'then' }],
            )
          }
        >
          Lägg till steg
        </button>
      )}
    </>
  );
}
