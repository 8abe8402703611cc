import type { ProtocolNoteBlock } from '@yttra/domain';
import { SelectField } from '../fields/SelectField';
import { MentionField } from './MentionField';
import { PartiesField } from './PartiesField';
import { PeopleField } from './PeopleField';
import type { ProcedureFormProps } from './procedureFormProps';
import { TextListField } from './TextListField';

const CONTENT_TYPES = [
  { value: 'documents', label: 'Skrivelse som yttrande (hänvisning till datum)' },
  { value: 'text', label: 'Egen text' },
  { value: 'notParticipating', label: 'Deltar inte i beslutet' },
] as const;

const emptyContent = (type: string): unknown =>
  type === 'text'
    ? { type, paragraphs: [''] }
    : type === 'notParticipating'
      ? { type, regarding: { to: '' } }
      : { type: 'documents', dates: [''] };

/**
 * A protocol note by named people or by a party group's representatives: its own text, dated documents entered
 * by reference ("antecknar som yttrande en skrivelse från den 6 februari 2024"), or not taking part in a decision.
 */
export function ProtocolNoteForm({ block, set, problems }: ProcedureFormProps<ProtocolNoteBlock>) {
  const { content } = block;
  return (
    <>
      <PeopleField
        legend="Antecknar"
        people={block.authors ?? []}
        path={['authors']}
        problems={problems}
        onChange={(authors) => set(['authors'], authors)}
      />
      <PartiesField
        label="Eller: representanterna från"
        parties={block.authorParties ?? []}
        onChange={(parties) => set(['authorParties'], parties)}
      />
      <SelectField
        label="Anteckningen är"
        value={content.type}
        choices={CONTENT_TYPES}
        onChange={(type) => set(['content'], emptyContent(type))}
      />
      {content.type === 'documents' && (
        <TextListField
          legend="Skrivelser"
          itemLabel="Skrivelsens datum"
          type="date"
          values={content.dates}
          path={['content', 'dates']}
          problems={problems}
          addLabel="Lägg till skrivelse"
          onChange={(dates) => set(['content', 'dates'], dates)}
        />
      )}
      {content.type === 'text' && (
        <TextListField
          legend="Anteckningens text"
          itemLabel="Stycke"
          values={content.paragraphs}
          path={['content', 'paragraphs']}
          problems={problems}
          addLabel="Lägg till stycke"
          onChange={(paragraphs) => set(['content', 'paragraphs'], paragraphs)}
        />
      )}
      {content.type === 'notParticipating' && (
        <MentionField
          label="Deltar inte i beslutet om bifall till"
          sentenceKind="note"
          value={content.regarding}
          error={problems.at(['content', 'regarding', 'to'])}
          onChange={(mention) => set(['content', 'regarding'], mention)}
        />
      )}
    </>
  );
}
