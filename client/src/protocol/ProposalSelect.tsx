import type { Editor } from '@tiptap/react';
import { SelectField } from './fields/SelectField';
import { motionChoices } from './live/motionChoices';
import { administrationChoice, type Choice, proposalChoices, withCurrentValue } from './live/proposalChoices';
import { useProtocolContext } from './live/useProtocolContext';

interface ProposalSelectProps {
  editor: Editor;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The option for '' (no proposal chosen), e.g. "Välj förslag" or "Inget förslag". */
  emptyLabel: string;
  /** Förvaltningens förslag first (reservations) or last (beslutsgång, votes). */
  administrationFirst?: boolean;
  /** Also offer the motions made at the meeting (version-2 templates), e.g. for a reservation. */
  includeMotions?: boolean;
}

/** A select of the document's proposals, named by their parties, plus the administration's proposal. */
export function ProposalSelect({
  editor,
  label,
  value,
  onChange,
  emptyLabel,
  administrationFirst,
  includeMotions,
}: ProposalSelectProps) {
  const choices = useProtocolContext(editor, (context): Choice[] => {
    const proposals = [
      ...proposalChoices(context.proposals, context.template),
      ...(includeMotions ? motionChoices(context.paragraph, context.template) : []),
    ];
    const administration = administrationChoice(context.template);
    return administrationFirst ? [administration, ...proposals] : [...proposals, administration];
  });
  return (
    <SelectField
      label={label}
      value={value}
      choices={withCurrentValue([{ value: '', label: emptyLabel }, ...choices], value)}
      onChange={onChange}
    />
  );
}
