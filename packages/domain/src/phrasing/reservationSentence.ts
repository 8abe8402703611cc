import type { ProposalBlock, ReservationBlock } from '../model/paragraphBlockSchema';
import { fillPattern } from '../template/fillPattern';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';
import { formatPersons } from './formatPersons';
import { proposalReference } from './proposalReference';

/** "{reservants} reserverade sig mot beslutet[ till förmån för {proposal}]." */
export function reservationSentence(
  reservation: ReservationBlock,
  proposals: readonly ProposalBlock[],
  template: ProtocolTemplate,
): string {
  const reservants = formatPersons(reservation.reservants, template.phrases);
  if (reservation.inFavourOf === undefined) {
    return fillPattern(template.phrases.reservationWithoutProposal, { reservants });
  }
  const proposal = proposalReference(reservation.inFavourOf, proposals, template);
  return fillPattern(template.phrases.reservationInFavour, { reservants, proposal });
}
