import type { Party, ProtocolTemplate } from '@yttra/domain';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { partyChoices } from './people/partyChoices';

interface HeaderProcedureFieldsProps {
  attrs: Record<string, unknown>;
  template: ProtocolTemplate;
  parties: readonly Party[];
  updateAttributes: (attributes: Record<string, unknown>) => void;
}

interface StoredChair {
  name?: string;
  party?: string;
  role?: string;
}

const parse = (text: unknown): Record<string, unknown> => {
  try {
    const value = typeof text === 'string' && text !== '' ? JSON.parse(text) : {};
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
};

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

/** The quotation styles offered: the template's, or one of the two a Swedish protocol uses, full stop in or out. */
const QUOTE_STYLES = [
  { value: '', label: 'Mallens' },
  { value: '"|"|inside', label: '"Så här."' },
  { value: '"|"|outside', label: '"Så här".' },
  { value: '”|”|inside', label: '”Så här.”' },
  { value: '”|”|outside', label: '”Så här”.' },
];

/**
 * What a version-2 paragraph says once for all its procedure sentences: who chaired (named in full the first time
 * the order of propositions mentions the chair, "Ordföranden Jonas Attenius (S) ställer …", then by role alone)
 * and how quotations are set (the marks, and whether the full stop of a quoted voteringsproposition stands inside
 * or after the closing mark).
 */
export function HeaderProcedureFields({ attrs, template, parties, updateAttributes }: HeaderProcedureFieldsProps) {
  const chair = parse(attrs.chair) as StoredChair;
  const marks = parse(attrs.quotationMarks);
  const quoteValue =
    typeof marks.open === 'string' && typeof marks.close === 'string'
      ? `${marks.open}|${marks.close}|${marks.fullStop === 'outside' ? 'outside' : 'inside'}`
      : '';
  const roles = template.organisation?.roles ?? {};
  const writeChair = (change: StoredChair) => {
    const next = { ...chair, ...change };
    if (!next.name && !next.party) {
      updateAttributes({ chair: '' });
      return;
    }
    updateAttributes({
      chair: JSON.stringify({
        name: next.name ?? '',
        party: next.party ?? '',
        andOthers: false,
        ...(next.role ? { role: next.role } : {}),
      }),
    });
  };
  const quoteChoices = QUOTE_STYLES.some((style) => style.value === quoteValue)
    ? QUOTE_STYLES
    : [...QUOTE_STYLES, { value: quoteValue, label: 'Egna citattecken' }];
  return (
    <fieldset className="protocol-header__chair">
      <legend>Ordförande vid sammanträdet</legend>
      <TextField label="Ordförandens namn" value={chair.name ?? ''} onChange={(name) => writeChair({ name })} />
      <SelectField
        label="Ordförandens parti"
        value={chair.party ?? ''}
        choices={partyChoices(chair.party ?? '', parties)}
        onChange={(party) => writeChair({ party })}
      />
      <SelectField
        label="Ordförandens roll"
        value={chair.role ?? ''}
        choices={[
          { value: '', label: 'Ingen roll' },
          ...Object.entries(roles).map(([id, role]) => ({ value: id, label: capitalize(role.singular) })),
        ]}
        onChange={(role) => writeChair({ role })}
      />
      <SelectField
        label="Citat i voteringspropositioner"
        value={quoteValue}
        choices={quoteChoices}
        onChange={(value) => {
          const [open, close, fullStop] = value.split('|');
          updateAttributes({
            quotationMarks: value === '' ? '' : JSON.stringify({ open, close, fullStop }),
          });
        }}
      />
    </fieldset>
  );
}
