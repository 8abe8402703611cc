import type { AnyExtension, Node } from '@tiptap/core';
import { type ReactNodeViewProps, ReactNodeViewRenderer, type ReactNodeViewRendererOptions } from '@tiptap/react';
import {
  AttachmentList,
  AttachmentRow,
  DecisionProcedure,
  DecisionSentence,
  NumberedAdditions,
  Person,
  PersonList,
  ProcedureBlock,
  Proposal,
  ProposalsClosing,
  ProtocolHeader,
  type ProtocolNodeName,
  ProtocolSection,
  Reservation,
  Statement,
  Vote,
} from '@yttra/editor';
import type { ComponentType } from 'react';
import { AttachmentListView } from './AttachmentListView';
import { AttachmentRowView } from './AttachmentRowView';
import { DecisionProcedureView } from './DecisionProcedureView';
import { DecisionSentenceView } from './DecisionSentenceView';
import { NumberedAdditionsView } from './NumberedAdditionsView';
import { ProcedureBlockView } from './ProcedureBlockView';
import { ProposalsClosingView } from './ProposalsClosingView';
import { ProposalView } from './ProposalView';
import { ProtocolHeaderView } from './ProtocolHeaderView';
import { ProtocolSectionView } from './ProtocolSectionView';
import { PersonListView } from './people/PersonListView';
import { PersonView } from './people/PersonView';
import { ReservationView } from './ReservationView';
import { StatementView } from './StatementView';
import { stopControlEvents } from './stopControlEvents';
import { VoteView } from './VoteView';

/** The node with a React view added; name and schema stay the shared ones, so client and server still agree. */
function withView(
  node: Node,
  view: ComponentType<ReactNodeViewProps>,
  options: Partial<ReactNodeViewRendererOptions> = {},
): AnyExtension {
  return node.extend({
    addNodeView() {
      return ReactNodeViewRenderer(view, { stopEvent: stopControlEvents, ...options });
    },
  });
}

/**
 * The protocol nodes with their node views, for `createSharedExtensions({ nodes })`. Additions keep their plain
 * `li` (numbered by CSS counters in the view's `ol`); everything else that has fields or a generated sentence gets
 * a view.
 */
export function protocolNodeViews(): Partial<Record<ProtocolNodeName, AnyExtension>> {
  return {
    protocolHeader: withView(ProtocolHeader, ProtocolHeaderView),
    protocolSection: withView(ProtocolSection, ProtocolSectionView),
    decisionSentence: withView(DecisionSentence, DecisionSentenceView),
    numberedAdditions: withView(NumberedAdditions, NumberedAdditionsView, { contentDOMElementTag: 'ol' }),
    proposal: withView(Proposal, ProposalView),
    proposalsClosing: withView(ProposalsClosing, ProposalsClosingView),
    decisionProcedure: withView(DecisionProcedure, DecisionProcedureView),
    vote: withView(Vote, VoteView),
    reservation: withView(Reservation, ReservationView),
    statement: withView(Statement, StatementView),
    attachmentList: withView(AttachmentList, AttachmentListView),
    attachmentRow: withView(AttachmentRow, AttachmentRowView),
    personList: withView(PersonList, PersonListView),
    person: withView(Person, PersonView),
    procedureBlock: withView(ProcedureBlock, ProcedureBlockView),
  };
}
