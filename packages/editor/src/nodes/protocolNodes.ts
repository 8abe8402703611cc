import { AdditionItem } from './AdditionItem';
import { AttachmentList } from './AttachmentList';
import { AttachmentRow } from './AttachmentRow';
import { DecisionProcedure } from './DecisionProcedure';
import { DecisionSentence } from './DecisionSentence';
import { NumberedAdditions } from './NumberedAdditions';
import { Person } from './Person';
import { PersonList } from './PersonList';
import { ProcedureBlock } from './ProcedureBlock';
import { Proposal } from './Proposal';
import { ProposalsClosing } from './ProposalsClosing';
import { ProtocolHeader } from './ProtocolHeader';
import { ProtocolSection } from './ProtocolSection';
import { Reservation } from './Reservation';
import { Statement } from './Statement';
import { Vote } from './Vote';

/** Every node of the protocol-paragraph document (docs/document-model.md), by node name. */
export const protocolNodes = {
  protocolHeader: ProtocolHeader,
  protocolSection: ProtocolSection,
  decisionSentence: DecisionSentence,
  numberedAdditions: NumberedAdditions,
  additionItem: AdditionItem,
  proposal: Proposal,
  proposalsClosing: ProposalsClosing,
  decisionProcedure: DecisionProcedure,
  vote: Vote,
  reservation: Reservation,
  statement: Statement,
  attachmentList: AttachmentList,
  attachmentRow: AttachmentRow,
  personList: PersonList,
  person: Person,
  procedureBlock: ProcedureBlock,
} as const;

export type ProtocolNodeName = keyof typeof protocolNodes;
