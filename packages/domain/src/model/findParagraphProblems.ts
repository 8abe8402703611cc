import { collectMentions } from './collectMentions';
import type { DecisionProcedureBlock, ParagraphBlock, ProposalBlock } from './paragraphBlockSchema';
import { ADMINISTRATION_PROPOSAL } from './paragraphBlockSchema';
import type { Party } from './partySchema';
import type { Person } from './personSchema';
import type { ProtocolParagraph } from './protocolParagraphSchema';
import { validateAttachments } from './validateAttachments';

/** Block types a paragraph can hold at most once: there is one decision, one summary, one beslutsgång. */
const SINGLE_BLOCK_TYPES: Partial<Record<ParagraphBlock['type'], string>> = {
  decision: 'ett beslut',
  summary: 'en sammanfattning',
  proposalsClosing: 'en avslutning av överläggningen',
  decisionProcedure: 'en beslutsgång',
  attachments: 'en lista över handlingar',
};

/**
 * Consistency rules that span blocks (references, counts, uniqueness), which a per-field schema cannot see.
 * Returns Swedish messages for the secretary; pass the board's party list to also check party abbreviations.
 */
export function findParagraphProblems(paragraph: ProtocolParagraph, parties?: readonly Party[]): string[] {
  const problems: string[] = [];
  const { blocks } = paragraph;

  for (const [type, label] of Object.entries(SINGLE_BLOCK_TYPES)) {
    if (blocks.filter((block) => block.type === type).length > 1) problems.push(`Paragrafen får bara ha ${label}.`);
  }

  const proposals = blocks.filter((block): block is ProposalBlock => block.type === 'proposal');
  const proposalIds = new Set<string>();
  for (const proposal of proposals) {
    if (proposal.id === ADMINISTRATION_PROPOSAL) {
      problems.push(`Id:t "${ADMINISTRATION_PROPOSAL}" är reserverat för förvaltningens förslag.`);
    } else if (proposalIds.has(proposal.id)) {
      problems.push(`Två förslag har samma id "${proposal.id}".`);
    }
    proposalIds.add(proposal.id);
    const hasOwnText = proposal.sentence || proposal.paragraphs.length > 0 || proposal.additions.length > 0;
    if (proposal.kind === 'administration' && hasOwnText) {
      problems.push(`Förslaget "${proposal.id}" följer förvaltningens förslag och kan inte ha egen text.`);
    }
  }

  // Written proposals and motions are mentioned by id too, so ids are unique across all three.
  for (const block of blocks) {
    if (block.type !== 'writtenProposal' && block.type !== 'motion') continue;
    if (block.id === ADMINISTRATION_PROPOSAL) {
      problems.push(`Id:t "${ADMINISTRATION_PROPOSAL}" är reserverat för förvaltningens förslag.`);
    } else if (proposalIds.has(block.id)) {
      problems.push(`Två förslag eller yrkanden har samma id "${block.id}".`);
    }
    proposalIds.add(block.id);
  }
  for (const block of blocks) {
    for (const { mention, where } of collectMentions(block)) {
      if (mention.to !== ADMINISTRATION_PROPOSAL && !proposalIds.has(mention.to)) {
        problems.push(`${where} hänvisar till "${mention.to}", som inte finns.`);
      }
    }
    if (block.type === 'voteRound' && block.counts) {
      for (const list of ['yes', 'no', 'abstained'] as const) {
        if (block[list].length > 0 && block[list].length !== block.counts[list]) {
          problems.push(
            `Omröstningens antal för ${list} (${block.counts[list]}) stämmer inte med de ${block[list].length} namngivna.`,
          );
        }
      }
    }
  }

  const checkReference = (reference: string, where: string) => {
    if (reference !== ADMINISTRATION_PROPOSAL && !proposalIds.has(reference)) {
      problems.push(`${where} hänvisar till förslaget "${reference}", som inte finns.`);
    }
  };

  const procedure = blocks.find((block): block is DecisionProcedureBlock => block.type === 'decisionProcedure');
  if (procedure) {
    checkReference(procedure.winningProposal, 'Beslutsgången');
    if (procedure.vote) problems.push(...findVoteProblems(procedure, checkReference));
  }

  for (const block of blocks) {
    if (block.type === 'reservation' && block.inFavourOf !== undefined) {
      checkReference(block.inFavourOf, 'Reservationen');
      if (procedure && block.inFavourOf === procedure.winningProposal) {
        problems.push('En reservation kan inte vara till förmån för det förslag som nämnden ställde sig bakom.');
      }
      const quotesAdministration = block.inFavourOf === ADMINISTRATION_PROPOSAL && !block.quotedParagraphs;
      if (quotesAdministration && !paragraph.administrationProposal) {
        problems.push('Reservationen är till förmån för förvaltningens förslag, men förvaltningens förslag saknas.');
      }
    }
    if (block.type === 'attachments') problems.push(...validateAttachments(paragraph.header.caseNumber, block.rows));
  }

  if (parties) problems.push(...findUnknownParties(blocks, parties));
  return problems;
}

function findVoteProblems(
  procedure: DecisionProcedureBlock,
  checkReference: (reference: string, where: string) => void,
): string[] {
  const vote = procedure.vote!;
  const problems: string[] = [];
  checkReference(vote.yesFor, 'Voteringens Ja-alternativ');
  checkReference(vote.noFor, 'Voteringens Nej-alternativ');
  if (vote.yesFor === vote.noFor) problems.push('Voteringens Ja- och Nej-alternativ är samma förslag.');
  if (procedure.winningProposal !== vote.yesFor && procedure.winningProposal !== vote.noFor) {
    problems.push('Förslaget som nämnden ställde sig bakom var inte med i voteringen.');
  }

  const lists = [
    ['Ja', vote.yes, vote.counts.yes],
    ['Nej', vote.no, vote.counts.no],
    ['avstår', vote.abstained, vote.counts.abstained],
  ] as const;
  for (const [label, voters, count] of lists) {
    if (voters.length > 0 && voters.length !== count) {
      problems.push(`Antalet röster för ${label} (${count}) stämmer inte med de ${voters.length} namngivna.`);
    }
  }
  const names = [...vote.yes, ...vote.no, ...vote.abstained].map((person) => person.name);
  for (const name of new Set(names.filter((name, index) => names.indexOf(name) !== index))) {
    problems.push(`${name} förekommer mer än en gång i voteringen.`);
  }

  // A tie is settled by the chair's casting vote, so only a clear majority pins the outcome.
  const majority =
    vote.counts.yes > vote.counts.no ? vote.yesFor : vote.counts.no > vote.counts.yes ? vote.noFor : undefined;
  if (majority !== undefined && majority !== procedure.winningProposal) {
    problems.push('Voteringens utfall stämmer inte med förslaget som nämnden ställde sig bakom.');
  }
  return problems;
}

function findUnknownParties(blocks: readonly ParagraphBlock[], parties: readonly Party[]): string[] {
  const known = new Set(parties.map((party) => party.abbreviation));
  const people: Person[] = blocks.flatMap((block) => {
    switch (block.type) {
      case 'proposal':
        return block.proposers;
      case 'reservation':
        return block.reservants;
      case 'statement':
        return block.authors;
      case 'decisionProcedure':
        return block.vote ? [...block.vote.yes, ...block.vote.no, ...block.vote.abstained] : [];
      case 'motion':
        return block.movers;
      case 'voteRound':
        return [...block.yes, ...block.no, ...block.abstained];
      case 'protocolNote':
        return block.authors;
      default:
        return [];
    }
  });
  const unknown = new Set(people.map((person) => person.party).filter((party) => !known.has(party)));
  return [...unknown].map((party) => `Partiet "${party}" finns inte i nämndens partilista.`);
}
