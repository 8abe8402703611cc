import type { ExtractRecipientsBlock } from '@yttra/domain';
import type { ProcedureFormProps } from './procedureFormProps';
import { TextListField } from './TextListField';

/** Who receives the protocol extract, one line each (Protokollsutdrag skickas till). */
export function ExtractRecipientsForm({ block, set, problems }: ProcedureFormProps<ExtractRecipientsBlock>) {
  return (
    <TextListField
      legend="Mottagare"
      itemLabel="Mottagare"
      values={block.recipients ?? []}
      path={['recipients']}
      problems={problems}
      addLabel="Lägg till mottagare"
      onChange={(recipients) => set(['recipients'], recipients)}
    />
  );
}
