import type { ProtocolTemplate } from '@yttra/domain';
import { SelectField } from '../fields/SelectField';

interface HeadingNumberFieldProps {
  /** The block's content kind (motion, propositions, voteRound, mainVote, protocolNote). */
  kind: string;
  template: ProtocolTemplate;
  value: unknown;
  onChange: (value: 'singular' | 'plural' | undefined) => void;
}

/**
 * The number of the heading over this block's run ("Protokollsanteckning" or "Protokollsanteckningar"), for the
 * rare protocol that does not follow the count; offered only where the template has a plural heading.
 */
export function HeadingNumberField({ kind, template, value, onChange }: HeadingNumberFieldProps) {
  const section = template.sections.find((candidate) => (candidate.contents as readonly string[]).includes(kind));
  if (!section?.headingPlural) return null;
  return (
    <SelectField
      label="Rubrik"
      value={value === 'singular' || value === 'plural' ? value : ''}
      choices={[
        { value: '', label: 'Efter antalet block' },
        { value: 'singular', label: section.heading },
        { value: 'plural', label: section.headingPlural },
      ]}
      onChange={(next) => onChange(next === 'singular' || next === 'plural' ? next : undefined)}
    />
  );
}
