import type { Party, ProtocolParagraph, ProtocolTemplate } from '@yttra/domain';
import { createContext, useContext } from 'react';
import type { Choice } from '../live/proposalChoices';

/** What every field of a procedure block's form needs to know about the paragraph around it. */
export interface ProcedureFormContextValue {
  paragraph: ProtocolParagraph;
  template: ProtocolTemplate;
  /** The proposals and motions a block can mention (`mentionChoices`). */
  mentions: readonly Choice[];
  /** The organisation's parties, local ones included. */
  parties: readonly Party[];
}

export const ProcedureFormContext = createContext<ProcedureFormContextValue | null>(null);

/** The form's context; the forms are only rendered inside ProcedureBlockView, which provides it. */
export function useProcedureForm(): ProcedureFormContextValue {
  const value = useContext(ProcedureFormContext);
  if (!value) throw new Error('useProcedureForm outside a procedure block form');
  return value;
}
