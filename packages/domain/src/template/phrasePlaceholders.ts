/**
 * Which placeholders each phrase of a template may use, and which it must use. "Required" marks the facts a
 * protocol may not lose (who proposed, who reserved); everything else a municipality may leave out of its wording.
 */
export const phrasePlaceholders = {
  person: { allowed: ['name', 'party'], required: ['name', 'party'] },
  personAndOthers: { allowed: ['name', 'party'], required: ['name', 'party'] },
  personWithRole: { allowed: ['role', 'person'], required: ['role', 'person'] },

  paragraphNumber: { allowed: ['paragraphNumber'], required: ['paragraphNumber'] },
  protocolNumber: { allowed: ['protocolNumber'], required: ['protocolNumber'] },

  decisionApproveReport: { allowed: ['board', 'recipient'], required: ['recipient'] },
  decisionApproveReportStatingInAddition: { allowed: ['board', 'recipient'], required: ['recipient'] },
  quotedAddition: { allowed: ['number', 'text'], required: ['number', 'text'] },

  proposalOwn: { allowed: ['proposers', 'parties', 'partyAbbreviations'], required: ['proposers'] },
  proposalAdministration: { allowed: ['proposers', 'parties', 'partyAbbreviations'], required: ['proposers'] },
  proposalsClosing: { allowed: [], required: [] },
  partyProposalReference: { allowed: ['proposers', 'parties', 'partyAbbreviations'], required: [] },
  administrationProposalReference: { allowed: [], required: [] },

  decisionProcedure: { allowed: ['winningProposal'], required: ['winningProposal'] },
  voteProposition: { allowed: ['yesProposal', 'noProposal'], required: ['yesProposal', 'noProposal'] },
  voteYes: { allowed: ['voters', 'count'], required: ['voters'] },
  voteNo: { allowed: ['voters', 'count'], required: ['voters'] },
  voteAbstained: { allowed: ['voters', 'count'], required: ['voters'] },
  voteResult: {
    allowed: ['yesCount', 'noCount', 'abstainedCount', 'winningProposal'],
    required: ['yesCount', 'noCount'],
  },

  reservationInFavour: { allowed: ['reservants', 'proposal'], required: ['reservants'] },
  reservationWithoutProposal: { allowed: ['reservants'], required: ['reservants'] },

  sarskiltUttalande: { allowed: ['authors'], required: ['authors'] },
  protokollsanteckning: { allowed: ['authors'], required: ['authors'] },
  ersattaryttrande: { allowed: ['authors'], required: ['authors'] },
} as const satisfies Record<string, { allowed: readonly string[]; required: readonly string[] }>;

export type PhraseKey = keyof typeof phrasePlaceholders;
export const phraseKeys = Object.keys(phrasePlaceholders) as PhraseKey[];
