import { joinNames } from './matterLabels';

/** The value the server takes for "förvaltningens förslag" as the winning proposal. */
export const ADMINISTRATION_PROPOSAL = 'administration';

export interface FoundProposal {
  proposalId: string;
  /** Party abbreviations of the proposers, in order, each once. */
  parties: string[];
}

export interface OutcomeChoice {
  value: string;
  label: string;
}

type JsonNode = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown };

function children(node: JsonNode): JsonNode[] {
  return Array.isArray(node.content)
    ? (node.content.filter((child) => typeof child === 'object' && child) as JsonNode[])
    : [];
}

function proposerParties(proposal: JsonNode): string[] {
  const parties: string[] = [];
  for (const list of children(proposal)) {
    if (list.type !== 'personList' || list.attrs?.purpose !== 'proposers') continue;
    for (const person of children(list)) {
      const party = person.attrs?.party;
      if (typeof party === 'string' && party.trim() !== '' && !parties.includes(party.trim()))
        parties.push(party.trim());
    }
  }
  return parties;
}

/**
 * The own-text proposals in a tabled draft's ProseMirror JSON, wherever they stand. The tabled JSON comes from
 * the server but was written by browsers: anything malformed is skipped rather than trusted.
 */
export function proposalsInContent(content: unknown): FoundProposal[] {
  const found: FoundProposal[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const current = node as JsonNode;
    if (current.type === 'proposal') {
      const proposalId = current.attrs?.proposalId;
      if (typeof proposalId === 'string' && proposalId !== '' && current.attrs?.kind !== 'administration') {
        found.push({ proposalId, parties: proposerParties(current) });
      }
      return;
    }
    for (const child of children(current)) visit(child);
  };
  visit(content);
  return found;
}

/** "Förslaget från (M) och (L)", as the protocol names a proposal. */
export function proposalLabel(parties: readonly string[]): string {
  if (parties.length === 0) return 'Förslag utan förslagsställare';
  return `Förslaget från ${joinNames(parties.map((party) => `(${party})`))}`;
}

/**
 * What "Registrera utfall" offers: förvaltningens förslag, then each proposal of the drafts now in the
 * paragraph, named by its proposers' parties and the draft it came from. A proposal inserted twice (two
 * versions of one draft keep the same id) is offered once.
 */
export function outcomeChoices(drafts: readonly { title: string; content: unknown }[]): OutcomeChoice[] {
  const choices: OutcomeChoice[] = [{ value: ADMINISTRATION_PROPOSAL, label: 'Förvaltningens förslag' }];
  for (const draft of drafts) {
    for (const proposal of proposalsInContent(draft.content)) {
      if (choices.some((choice) => choice.value === proposal.proposalId)) continue;
      choices.push({ value: proposal.proposalId, label: `${proposalLabel(proposal.parties)} – ${draft.title}` });
    }
  }
  return choices;
}
