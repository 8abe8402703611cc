import { createSentenceContext, type MentionContext, type ProposalMention } from '@yttra/domain';
import { SelectField } from '../fields/SelectField';
import { withCurrentValue } from '../live/proposalChoices';
import { useProcedureForm } from './procedureFormContext';

interface MentionFieldProps {
  label: string;
  value: Partial<ProposalMention> | undefined;
  onChange: (mention: ProposalMention) => void;
  /** The kind of sentence the mention stands in: it picks the template's default wording. */
  sentenceKind: MentionContext;
  error?: string;
}

/**
 * Which proposal a sentence mentions, and in which of the template's wordings ("tilläggsyrkandet från SD",
 * "Daniel Bernmars yrkande"). The wordings are listed as the sentence will print them, so the choice is made on
 * the printed words, not on the template's names for them.
 */
export function MentionField({ label, value, onChange, sentenceKind, error }: MentionFieldProps) {
  const { paragraph, template, mentions } = useProcedureForm();
  const to = value?.to ?? '';
  const form = value?.form ?? '';
  const context = createSentenceContext(paragraph, template);
  const preview = (mention: ProposalMention) => {
    try {
      return context.mention(mention, sentenceKind);
    } catch {
      return undefined;
    }
  };
  const forms = Object.keys(template.references ?? {});
  const defaultPreview = to === '' ? undefined : preview({ to });
  const formChoices = [
    { value: '', label: defaultPreview ? `Mallens val: ${defaultPreview}` : 'Mallens val' },
    ...forms.flatMap((name) => {
      const printed = to === '' ? name : preview({ to, form: name });
      return printed === undefined ? [] : [{ value: name, label: printed }];
    }),
  ];
  return (
    <div className="mention-field">
      <SelectField
        label={label}
        value={to}
        error={error}
        choices={withCurrentValue([{ value: '', label: 'Välj förslag' }, ...mentions], to)}
        onChange={(next) => onChange({ to: next, ...(form === '' ? {} : { form }) })}
      />
      {forms.length > 0 && (
        <SelectField
          label={`${label}: formulering`}
          value={form}
          choices={withCurrentValue(formChoices, form)}
          onChange={(next) => onChange({ to, ...(next === '' ? {} : { form: next }) })}
        />
      )}
    </div>
  );
}
