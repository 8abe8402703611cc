import type { ProposalMention, PropositionStep } from '@yttra/domain';
import { useEditable } from '../editableContext';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';
import type { BlockProblems } from './blockProblems';
import { MentionField } from './MentionField';
import type { BlockPath } from './setAtPath';

export const STEP_TYPES = [
  { value: 'betweenProposals', label: 'Propositioner på yrkandena' },
  { value: 'approveOrReject', label: 'Bifall respektive avslag på ett yrkande' },
  { value: 'referralOrDecision', label: 'Återremiss eller avgörande idag' },
  { value: 'adopted', label: 'Beslutas utan propositioner' },
  { value: 'mainVoteYes', label: 'Ja-proposition i huvudvoteringen' },
  { value: 'counterProposal', label: 'Motförslag i huvudvoteringen' },
] as const;

const emptyStep = (type: PropositionStep['type']): unknown => {
  switch (type) {
    case 'approveOrReject':
      return { type, target: { to: '' }, approved: true };
    case 'referralOrDecision':
      return { type, referred: false };
    case 'betweenProposals':
      return { type, remaining: false, except: [], winner: { to: '' } };
    case 'counterProposal':
      return { type, winner: { to: '' } };
    default:
      return { type, target: { to: '' } };
  }
};

interface PropositionStepFieldsProps {
  step: PropositionStep;
  path: BlockPath;
  set: (path: BlockPath, value: unknown) => void;
  problems: BlockProblems;
  name: string;
}

/** What one step of the order of propositions is about and what the chair found. */
export function PropositionStepFields({ step, path, set, problems, name }: PropositionStepFieldsProps) {
  const editable = useEditable();
  const mention = (
    label: string,
    key: 'target' | 'winner' | 'referral',
    value: Partial<ProposalMention> | undefined,
  ) => (
    <MentionField
      label={label}
      sentenceKind="step"
      value={value}
      error={problems.at([...path, key, 'to'])}
      onChange={(next) => set([...path, key], next)}
    />
  );
  const except: Partial<ProposalMention>[] = step.type === 'betweenProposals' ? (step.except ?? []) : [];
  return (
    <>
      <SelectField
        label={`${name}: slag`}
        value={step.type}
        choices={STEP_TYPES}
        onChange={(type) => set(path, emptyStep(type as PropositionStep['type']))}
      />
      {step.type === 'approveOrReject' && (
        <>
          {mention('Yrkande', 'target', step.target)}
          <CheckboxField
            label="Ordföranden finner att det bifallits"
            checked={step.approved}
            onChange={(approved) => set([...path, 'approved'], approved)}
          />
        </>
      )}
      {step.type === 'referralOrDecision' && (
        <>
          {mention('Återremissyrkande (när flera finns)', 'referral', step.referral)}
          {step.referral !== undefined && editable && (
            <button
              type="button"
              className="button button--small"
              onClick={() => set([...path, 'referral'], undefined)}
            >
              Nämn inget återremissyrkande
            </button>
          )}
          <CheckboxField
            label="Ordföranden finner att ärendet återremitterats"
            checked={step.referred}
            onChange={(referred) => set([...path, 'referred'], referred)}
          />
        </>
      )}
      {step.type === 'betweenProposals' && (
        <>
          <CheckboxField
            label="Återstående yrkanden"
            hint="Efter ett tidigare steg"
            checked={step.remaining ?? false}
            onChange={(remaining) => set([...path, 'remaining'], remaining)}
          />
          {except.map((value, index) => (
            // Exceptions have no identity beyond their order.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <div key={index} className="procedure-form__row">
              <MentionField
                label={`Med undantag av ${index + 1}`}
                sentenceKind="step"
                value={value}
                error={problems.at([...path, 'except', index, 'to'])}
                onChange={(next) => set([...path, 'except', index], next)}
              />
              {editable && (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Ta bort undantag ${index + 1}`}
                  onClick={() =>
                    set(
                      [...path, 'except'],
                      except.filter((_, at) => at !== index),
                    )
                  }
                >
                  Ta bort
                </button>
              )}
            </div>
          ))}
          {editable && (
            <button
              type="button"
              className="button button--small"
              onClick={() => set([...path, 'except'], [...except, { to: '' }])}
            >
              Lägg till undantag
            </button>
          )}
          {mention('Bifallet yrkande', 'winner', step.winner)}
        </>
      )}
      {(step.type === 'adopted' || step.type === 'mainVoteYes') && mention('Yrkande', 'target', step.target)}
      {step.type === 'counterProposal' && mention('Motförslag', 'winner', step.winner)}
    </>
  );
}
