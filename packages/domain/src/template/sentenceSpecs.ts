import type { PhraseShape, PhraseSpec } from '../phrase/checkPhrase';

/** What a sentence may say about a proposal it mentions; `references` patterns are written over this. */
export const proposalViewShape = {
  /** A name of its own: the administration's proposal, or e.g. "utredningsförslaget". */
  name: true,
  isAdministration: true,
  /** The kind's noun from `proposalKinds`: "återremissyrkande", definite "återremissyrkandet". */
  noun: true,
  nounDefinite: true,
  /** "V, S och MP" */
  parties: true,
  /** ISO date; print it with `|date`. */
  date: true,
  /** For a motion: "Axel Josefson och Martin Wannholt", "Axel Josefsons och Martin Wannholts", the first mover. */
  movers: true,
  moversGenitive: true,
  firstMover: true,
  severalMovers: true,
  /** More than two movers: protocols then name the first "m fl". */
  manyMovers: true,
} as const satisfies PhraseShape;

const board = { board: true } as const;
const chairAndSequence = { chair: true, sequence: true, board: true } as const;

/**
 * The sentences of template version 2, each with the values it may use and the facts it must print. A template
 * leaves out what its organisation never writes: a block that would need a missing sentence is refused when a
 * paragraph is checked against the template, and an optional sentence (the vote result) is simply not printed.
 */
export const sentenceSpecs = {
  decisionAccording: { values: { ...board, basis: true, amendments: true }, required: ['basis'] },
  decisionRecommend: { values: { ...board, basis: true, to: true }, required: ['basis', 'to'] },

  motion: { values: { movers: true, items: true }, required: ['movers', 'items'] },
  motionApprove: { values: { targets: true }, required: ['targets'] },
  motionReject: { values: { targets: true }, required: ['targets'] },
  motionRejectOthers: { values: {} },
  motionRefer: { values: { target: proposalViewShape } },
  motionDecideToday: { values: {} },
  motionAnnounceNonParticipation: { values: { parties: true }, required: ['parties'] },

  sequenceFirst: { values: {} },
  sequenceThen: { values: {} },
  voteRequested: { values: {} },
  stepApproveOrReject: { values: { ...chairAndSequence, target: true, approved: true }, required: ['target'] },
  stepReferralOrDecision: { values: { ...chairAndSequence, referral: true, referred: true } },
  stepBetweenProposals: {
    values: { ...chairAndSequence, remaining: true, except: true, winner: true },
    required: ['winner'],
  },
  stepAdopted: { values: { ...chairAndSequence, target: true }, required: ['target'] },
  stepMainVoteYes: { values: { ...chairAndSequence, target: true }, required: ['target'] },
  stepCounterProposal: { values: { ...chairAndSequence, winner: true }, required: ['winner'] },

  voteProposition: {
    /** fullStopOutside: the paragraph or template sets the full stop after the closing mark (see quotationMarks). */
    values: { proposition: true, quoteOpen: true, quoteClose: true, fullStopOutside: true },
    required: ['proposition'],
  },
  propositionBetweenProposals: { values: { yes: true, no: true }, required: ['yes', 'no'] },
  propositionApproveOrReject: { values: { target: true, yesApproves: true }, required: ['target'] },
  propositionReferralOrDecision: { values: { yesRefers: true } },
  voteYes: { values: { voters: true, count: true }, required: ['voters'] },
  voteNo: { values: { voters: true, count: true }, required: ['voters'] },
  voteAbstained: { values: { voters: true, count: true }, required: ['voters'] },
  voteResult: { values: { yesCount: true, noCount: true, abstainedCount: true } },

  reservationInFavour: { values: { reservants: true, proposal: true }, required: ['reservants'] },
  reservationWithoutProposal: { values: { reservants: true }, required: ['reservants'] },
  reservationWithReasons: { values: { reservants: true, proposal: true }, required: ['reservants'] },

  partyRepresentatives: { values: { parties: true }, required: ['parties'] },
  noteText: { values: { authors: true }, required: ['authors'] },
  noteDocuments: { values: { authors: true, count: true, dates: true }, required: ['authors', 'dates'] },
  noteNotParticipating: { values: { authors: true, regarding: true }, required: ['authors', 'regarding'] },

  earlierHandling: { values: { tablings: true }, required: ['tablings'] },
  tabling: { values: { date: true, paragraphNumber: true }, required: ['date', 'paragraphNumber'] },
  attachmentRow: {
    values: { documentNumber: true, status: true, title: true, date: true, revisedDate: true },
    required: ['title'],
  },
} as const satisfies Record<string, PhraseSpec>;

export type SentenceKey = keyof typeof sentenceSpecs;
export const sentenceKeys = Object.keys(sentenceSpecs) as SentenceKey[];

/** Contexts in which a proposal is mentioned; each has a default reference form in the template. */
export const mentionContexts = ['decision', 'motion', 'step', 'vote', 'reservation', 'note'] as const;
export type MentionContext = (typeof mentionContexts)[number];

/** Header line patterns may use these. */
export const headerValues = {
  board: true,
  protocolNumber: true,
  meetingDate: true,
  paragraphNumber: true,
  title: true,
  matterKind: true,
  caseNumber: true,
  organisation: true,
} as const satisfies PhraseShape;
