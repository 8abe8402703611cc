import { standardPersonPatterns } from '../phrasing/standardPersonPatterns';
import { parseTemplate } from './parseTemplate';

/**
 * The conventions of Stockholm's district boards, as in the Hägersten-Liljeholmen protocol 8/2019 § 6 (the seed).
 * Phrases that the seed does not show (votes, protocol notes, substitutes' statements) follow the same register.
 * Parsed on load, so a broken edit here fails at import rather than in an export.
 */
export const stockholmDistrictBoardTemplate = parseTemplate({
  name: 'Stockholms stad – stadsdelsnämnd',
  sections: [
    { id: 'beslut', heading: 'Beslut', contents: ['decision'] },
    { id: 'sammanfattning', heading: 'Sammanfattning av ärendet', contents: ['summary'] },
    { id: 'forslagTillBeslut', heading: 'Förslag till beslut', contents: ['proposal', 'proposalsClosing'] },
    { id: 'beslutsgang', heading: 'Beslutsgång', contents: ['decisionProcedure'] },
    { id: 'reservation', heading: 'Reservation', contents: ['reservation'], headingPerBlock: true },
    { id: 'sarskiltUttalande', heading: 'Särskilt uttalande', contents: ['sarskilt_uttalande'], headingPerBlock: true },
    {
      id: 'protokollsanteckning',
      heading: 'Protokollsanteckning',
      contents: ['protokollsanteckning'],
      headingPerBlock: true,
    },
    { id: 'ersattaryttrande', heading: 'Ersättaryttrande', contents: ['ersattaryttrande'], headingPerBlock: true },
    { id: 'handlingar', heading: 'Handlingar i ärendet', contents: ['attachments'] },
  ],
  phrases: {
    ...standardPersonPatterns,
    paragraphNumber: '§ {paragraphNumber}',
    protocolNumber: 'Protokoll nr {protocolNumber}',
    decisionApproveReport:
      '{board} godkänner förvaltningens tjänsteutlåtande och överlämnar det till {recipient} som svar på remissen.',
    decisionApproveReportStatingInAddition:
      '{board} godkänner förvaltningens tjänsteutlåtande och överlämnar det till {recipient} som svar på remissen och därutöver anför följande.',
    quotedAddition: '{number}. {text}',
    proposalOwn: '{proposers} lade fram ett förslag och föreslog att nämnden skulle ställa sig bakom det.',
    proposalAdministration: '{proposers} föreslog att nämnden skulle besluta enligt förvaltningens förslag.',
    proposalsClosing: 'Ordföranden förklarade överläggningen avslutad.',
    partyProposalReference: 'förslaget från {parties}',
    administrationProposalReference: 'förvaltningens förslag',
    decisionProcedure:
      'Ordföranden ställde förslagen mot varandra och fann att nämnden ställde sig bakom {winningProposal}.',
    voteProposition:
      'Votering begärdes. Ordföranden ställde proposition med Ja för {yesProposal} och Nej för {noProposal}.',
    voteYes: 'Följande röstade Ja ({count}): {voters}.',
    voteNo: 'Följande röstade Nej ({count}): {voters}.',
    voteAbstained: 'Följande avstod från att rösta ({count}): {voters}.',
    // Counts stand as bare numbers so that no plural has to agree with them ("1 Nej-röster").
    voteResult:
      'Omröstningen utföll med Ja {yesCount}, Nej {noCount} och {abstainedCount} som avstod. Nämnden beslutade därmed enligt {winningProposal}.',
    reservationInFavour: '{reservants} reserverade sig mot beslutet till förmån för {proposal}.',
    reservationWithoutProposal: '{reservants} reserverade sig mot beslutet.',
    sarskiltUttalande: '{authors} anmälde ett särskilt uttalande.',
    protokollsanteckning: '{authors} anmälde en protokollsanteckning.',
    ersattaryttrande: '{authors} anmälde ett ersättaryttrande.',
  },
  quotationMarks: { open: '"', close: '"' },
});
