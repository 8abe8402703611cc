import { ADMINISTRATION_PROPOSAL, type ProposalBlock, type ReservationBlock } from '../model/paragraphBlockSchema';
import type { ProtocolParagraph } from '../model/protocolParagraphSchema';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';
import { quotedDecisionText } from './quotedDecisionText';

/**
 * The text quoted under a reservation, before quotation marks: the reservants' written text when they handed one
 * in, otherwise the proposal they reserved in favour of, phrased from its fields exactly as it was proposed.
 */
export function reservationQuote(
  reservation: ReservationBlock,
  paragraph: ProtocolParagraph,
  template: ProtocolTemplate,
): string[] {
  if (reservation.quotedParagraphs) return reservation.quotedParagraphs;
  if (reservation.inFavourOf === undefined) return [];
  const { board } = paragraph.header;
  if (reservation.inFavourOf === ADMINISTRATION_PROPOSAL) {
    if (!paragraph.administrationProposal) throw new Error('Förvaltningens förslag saknas i paragrafen.');
    return quotedDecisionText(paragraph.administrationProposal, board, template);
  }
  const proposal = paragraph.blocks.find(
    (block): block is ProposalBlock => block.type === 'proposal' && block.id === reservation.inFavourOf,
  );
  if (!proposal) throw new Error(`Förslaget "${reservation.inFavourOf}" finns inte i paragrafen.`);
  return quotedDecisionText(proposal, board, template);
}
