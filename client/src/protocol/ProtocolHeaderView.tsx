import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { defaultParties, fillPattern } from '@yttra/domain';
import { useState } from 'react';
import { TextField } from './fields/TextField';
import { HeaderProcedureFields } from './HeaderProcedureFields';
import {
  type HeaderField,
  type HeaderValues,
  headerFieldProblem,
  isEmptyHeaderValue,
} from './live/headerFieldProblems';
import { useProtocolContext } from './live/useProtocolContext';

const MISSING_NUMBER = '[saknas]';

interface FieldSpec {
  field: HeaderField;
  label: string;
  type?: 'text' | 'date' | 'number';
  hint?: string;
  wide?: boolean;
}

const FIELDS: readonly FieldSpec[] = [
  { field: 'board', label: 'Nämnd', hint: 'T.ex. Hägersten-Liljeholmens stadsdelsnämnd', wide: true },
  { field: 'protocolNumber', label: 'Protokollnummer', hint: 'Löpnummer/år, t.ex. 8/2019' },
  { field: 'meetingDate', label: 'Sammanträdesdatum', type: 'date' },
  { field: 'paragraphNumber', label: 'Paragrafnummer', type: 'number' },
  { field: 'caseNumber', label: 'Diarienummer', hint: 'T.ex. HL 2019/310' },
  { field: 'title', label: 'Ärendemening', wide: true },
  { field: 'matterKind', label: 'Ärendetyp', hint: 'T.ex. Yttrande till kommunstyrelsen' },
  { field: 'replyTo', label: 'Remissvaret går till', hint: 'T.ex. kommunstyrelsen' },
];

function readValues(attrs: Record<string, unknown>): HeaderValues {
  const text = (name: string) => (typeof attrs[name] === 'string' ? (attrs[name] as string) : '');
  const number = attrs.paragraphNumber;
  return {
    board: text('board'),
    protocolNumber: text('protocolNumber'),
    meetingDate: text('meetingDate'),
    paragraphNumber: typeof number === 'number' && Number.isFinite(number) ? number : null,
    title: text('title'),
    matterKind: text('matterKind'),
    caseNumber: text('caseNumber'),
    replyTo: text('replyTo'),
  };
}

/**
 * The paragraph's header as a form. Every change is written to the node at once (fields are attributes, so they
 * sync like text does, last writer winning per field). A field's message shows once it has been left, or at once
 * when what is in it is malformed.
 */
export function ProtocolHeaderView({ editor, node, updateAttributes }: ReactNodeViewProps) {
  const values = readValues(node.attrs);
  const [touched, setTouched] = useState<ReadonlySet<HeaderField>>(new Set());
  const phrases = useProtocolContext(editor, (context) => context.template.phrases);
  const organisation = useProtocolContext(editor, (context) => context.template.organisation);
  const template = useProtocolContext(editor, (context) => context.template);

  const write = (field: HeaderField, raw: string) => {
    if (field !== 'paragraphNumber') {
      updateAttributes({ [field]: raw });
      return;
    }
    const parsed = raw.trim() === '' ? null : Number(raw);
    updateAttributes({ paragraphNumber: parsed === null || Number.isNaN(parsed) ? null : parsed });
  };

  // A missing number shows as a placeholder, never as "§ 0" or an empty "Protokoll nr".
  const masthead = [
    values.board,
    fillPattern(phrases.protocolNumber, { protocolNumber: values.protocolNumber || MISSING_NUMBER }),
    values.meetingDate,
  ].filter(Boolean);

  return (
    <NodeViewWrapper className="protocol-header" data-node-controls>
      <fieldset className="protocol-header__fieldset">
        <legend>Paragrafhuvud</legend>
        <div className="protocol-header__preview">
          {masthead.length > 0 && <p className="protocol-header__masthead">{masthead.join(' · ')}</p>}
          <p className="protocol-header__number">
            {fillPattern(phrases.paragraphNumber, { paragraphNumber: values.paragraphNumber ?? MISSING_NUMBER })}
          </p>
          <p className="protocol-header__title">{values.title || 'Ärendemening saknas'}</p>
        </div>
        <div className="protocol-header__fields">
          {FIELDS.map((spec) => {
            const value = values[spec.field];
            const problem = headerFieldProblem(spec.field, value, organisation);
            const shown = problem && (touched.has(spec.field) || !isEmptyHeaderValue(value)) ? problem : undefined;
            return (
              <TextField
                key={spec.field}
                className={spec.wide ? 'field--wide' : undefined}
                label={spec.label}
                type={spec.type}
                hint={spec.hint}
                min={spec.type === 'number' ? 1 : undefined}
                value={value === null ? '' : String(value)}
                error={shown}
                onChange={(raw) => write(spec.field, raw)}
                onBlur={() => setTouched((previous) => new Set(previous).add(spec.field))}
              />
            );
          })}
        </div>
        {template.version === 2 && (
          <HeaderProcedureFields
            attrs={node.attrs}
            template={template}
            parties={organisation?.parties ?? defaultParties}
            updateAttributes={updateAttributes}
          />
        )}
      </fieldset>
    </NodeViewWrapper>
  );
}
