import {
  ADMINISTRATION_PROPOSAL,
  decisionSentence,
  type Person,
  type ProposalBlock,
  type ProtocolParagraph,
  type ProtocolTemplate,
  procedureSentence,
  proposalSentence,
  quoteParagraphs,
  type ReservationBlock,
  reservationQuote,
  reservationSentence,
  type StatementKind,
  statementSentence,
  voteSentences,
} from '@yttra/domain';
import { hint, type LiveText, sentence } from './liveText';
import { referenceProblem } from './referenceProblem';

/*
 * The generated sentences of the node views, phrased by the document's template through the domain's phrasing
 * functions (the same ones the exports use), from the fields as they are right now.
 */

export interface DecisionSentenceFields {
  kind: string;
  statesInAddition: boolean;
  text: string;
}

export function liveDecisionSentence(
  fields: DecisionSentenceFields,
  header: { board: string; replyTo: string },
  template: ProtocolTemplate,
): LiveText {
  if (fields.kind === 'freeText') {
    const text = fields.text.trim();
    if (text === '') return hint('Skriv beslutsmeningen i fältet Egen beslutsmening.');
    return sentence(decisionSentence({ kind: 'freeText', text }, header.board, template));
  }
  const missing = [header.board === '' ? 'Nämnd' : '', header.replyTo === '' ? 'Remissvaret går till' : ''].filter(
    Boolean,
  );
  if (missing.length > 0) {
    const fieldNames = missing.join(' och ');
    return hint(`Fyll i ${fieldNames} i paragrafhuvudet, så skrivs beslutsmeningen.`);
  }
  const phrased = decisionSentence(
    { kind: 'approveReportAsReply', recipient: header.replyTo, statesInAddition: fields.statesInAddition },
    header.board,
    template,
  );
  return sentence(phrased);
}

export function liveProposalSentence(
  kind: ProposalBlock['kind'],
  proposers: readonly Person[],
  template: ProtocolTemplate,
): LiveText {
  if (proposers.length === 0) return hint('Lägg till minst en förslagsställare, så skrivs meningen.');
  const proposal: ProposalBlock = {
    type: 'proposal',
    id: '',
    kind,
    proposers: [...proposers],
    paragraphs: [],
    additions: [],
  };
  return sentence(proposalSentence(proposal, template));
}

export function liveProcedureSentence(
  winningProposal: string,
  proposals: readonly ProposalBlock[],
  template: ProtocolTemplate,
): LiveText {
  if (winningProposal === '') return hint('Välj vilket förslag nämnden ställde sig bakom.');
  const problem = referenceProblem(winningProposal, proposals);
  if (problem) return hint(problem);
  return sentence(procedureSentence({ type: 'decisionProcedure', winningProposal }, proposals, template));
}

export interface LiveReservation {
  sentence: LiveText;
  /** The quoted text as the protocol prints it, quotation marks included; empty when nothing is quoted. */
  quote: string[];
}

export function liveReservation(
  fields: { reservants: readonly Person[]; inFavourOf: string; writtenParagraphs: readonly string[] },
  paragraph: ProtocolParagraph,
  template: ProtocolTemplate,
): LiveReservation {
  const proposals = paragraph.blocks.filter((block): block is ProposalBlock => block.type === 'proposal');
  const problem = fields.inFavourOf === '' ? undefined : referenceProblem(fields.inFavourOf, proposals);
  const reservation: ReservationBlock = {
    type: 'reservation',
    reservants: [...fields.reservants],
    ...(fields.inFavourOf === '' || problem ? {} : { inFavourOf: fields.inFavourOf }),
    ...(fields.writtenParagraphs.length > 0 ? { quotedParagraphs: [...fields.writtenParagraphs] } : {}),
  };
  let phrased: LiveText;
  if (fields.reservants.length === 0) phrased = hint('Lägg till minst en reservant, så skrivs meningen.');
  else if (problem) phrased = hint(problem);
  else phrased = sentence(reservationSentence(reservation, proposals, template));

  // Without a recipient there is no administration's proposal to quote (the export prints no quote either).
  const unquotable = reservation.inFavourOf === ADMINISTRATION_PROPOSAL && !paragraph.administrationProposal;
  const quote = unquotable && !reservation.quotedParagraphs ? [] : reservationQuote(reservation, paragraph, template);
  return { sentence: phrased, quote: quoteParagraphs(quote, template.quotationMarks) };
}

export function liveStatementSentence(
  kind: StatementKind,
  authors: readonly Person[],
  template: ProtocolTemplate,
): LiveText {
  if (authors.length === 0) return hint('Lägg till minst en författare, så skrivs meningen.');
  return sentence(statementSentence({ type: 'statement', kind, authors: [...authors], paragraphs: [] }, template));
}

export interface VoteFields {
  yesFor: string;
  noFor: string;
  countYes: number | null;
  countNo: number | null;
  countAbstained: number | null;
}

export interface VoteLists {
  yes: readonly Person[];
  no: readonly Person[];
  abstained: readonly Person[];
}

export function liveVoteSentences(
  fields: VoteFields,
  lists: VoteLists,
  winningProposal: string,
  proposals: readonly ProposalBlock[],
  template: ProtocolTemplate,
): LiveText[] {
  if (fields.yesFor === '' || fields.noFor === '') return [hint('Välj vilka förslag Ja och Nej gällde.')];
  const problem = referenceProblem(fields.yesFor, proposals) ?? referenceProblem(fields.noFor, proposals);
  if (problem) return [hint(problem)];
  if (referenceProblem(winningProposal, proposals)) {
    return [hint('Välj i beslutsgången vilket förslag nämnden ställde sig bakom, så skrivs voteringen.')];
  }
  const vote = {
    yesFor: fields.yesFor,
    noFor: fields.noFor,
    yes: [...lists.yes],
    no: [...lists.no],
    abstained: [...lists.abstained],
    // A count left empty is the length of its named list, as in the export.
    counts: {
      yes: fields.countYes ?? lists.yes.length,
      no: fields.countNo ?? lists.no.length,
      abstained: fields.countAbstained ?? lists.abstained.length,
    },
  };
  return voteSentences(vote, winningProposal, proposals, template).map(sentence);
}
