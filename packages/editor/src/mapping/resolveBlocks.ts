import {
  ADMINISTRATION_PROPOSAL,
  contentKindOf,
  type DecisionText,
  type ParagraphBlock,
  type ProtocolTemplate,
  type Vote,
} from '@yttra/domain';
import type { ContentDrafts, DecisionDraft, VoteDraft } from './contentDrafts';

/**
 * Turns collected drafts into the paragraph's blocks, so that rendering cannot throw: references to proposals that
 * do not exist are reported and dropped, a beslutsgång that names no proposal is left out, and blocks a paragraph
 * holds once (decision, summary, closing, beslutsgång, attachments) are merged or kept once. Blocks come out in
 * template order, which is also the order rendering prints them in.
 */
export function resolveBlocks(
  drafts: ContentDrafts,
  administrationProposal: DecisionText | undefined,
  template: ProtocolTemplate,
  problems: string[],
): ParagraphBlock[] {
  const proposalIds = new Set(
    drafts.blocks.flatMap((block) =>
      block.type === 'proposal' || block.type === 'writtenProposal' || block.type === 'motion' ? [block.id] : [],
    ),
  );
  const exists = (reference: string) => reference === ADMINISTRATION_PROPOSAL || proposalIds.has(reference);
  const blocks: ParagraphBlock[] = [];

  if (hasText(drafts.decision)) blocks.push({ type: 'decision', ...decisionText(drafts.decision) });
  const summary = [...drafts.summary, ...drafts.stray];
  if (summary.length > 0) blocks.push({ type: 'summary', paragraphs: summary });
  for (const [sectionId, paragraphs] of drafts.sectionProse) {
    if (paragraphs.length > 0) blocks.push({ type: 'summary', paragraphs, sectionId });
  }

  let closed = false;
  let decided = false;
  for (const draft of drafts.blocks) {
    switch (draft.type) {
      case 'proposal': {
        const { type, id, kind, proposers } = draft;
        blocks.push({ type, id, kind, proposers, ...decisionText(draft) });
        break;
      }
      case 'proposalsClosing':
        // Two people adding the closing at once must not print it twice.
        if (!closed) blocks.push(draft);
        closed = true;
        break;
      case 'decisionProcedure': {
        const { winningProposal } = draft;
        if (winningProposal === '') {
          problems.push('Beslutsgången anger inte vilket förslag nämnden ställde sig bakom och skrivs inte ut.');
        } else if (!exists(winningProposal)) {
          problems.push(
            `Beslutsgången hänvisar till förslaget "${winningProposal}", som inte finns, och skrivs inte ut.`,
          );
        } else if (decided) {
          problems.push('Dokumentet har mer än en beslutsgång; bara den första skrivs ut.');
        } else {
          const vote = draft.vote && resolveVote(draft.vote, exists, problems);
          blocks.push({ type: 'decisionProcedure', winningProposal, ...(vote ? { vote } : {}) });
          decided = true;
        }
        break;
      }
      case 'reservation': {
        const { reservants, quoted, heading } = draft;
        let inFavourOf: string | undefined = draft.inFavourOf === '' ? undefined : draft.inFavourOf;
        if (inFavourOf !== undefined && !exists(inFavourOf)) {
          problems.push(
            `Reservationen hänvisar till förslaget "${inFavourOf}", som inte finns; hänvisningen tas bort.`,
          );
          inFavourOf = undefined;
        }
        let quotedParagraphs: string[] | undefined = quoted.length > 0 ? quoted : undefined;
        if (inFavourOf === ADMINISTRATION_PROPOSAL && !quotedParagraphs && !administrationProposal) {
          // Without a recipient there is no administration's proposal to quote; print the reservation unquoted.
          problems.push(
            'Reservationen är till förmån för förvaltningens förslag, som inte kan citeras utan mottagare.',
          );
          quotedParagraphs = [];
        }
        blocks.push({
          type: 'reservation',
          reservants,
          ...(inFavourOf === undefined ? {} : { inFavourOf }),
          ...(quotedParagraphs ? { quotedParagraphs } : {}),
          ...(heading ? { heading } : {}),
        });
        break;
      }
      case 'attachmentsPlace':
        if (template.layout === 'documentOrder' && drafts.rows.length > 0) {
          blocks.push({ type: 'attachments', rows: drafts.rows });
        }
        break;
      default:
        blocks.push(draft);
    }
  }
  if (drafts.rows.length > 0 && !blocks.some((block) => block.type === 'attachments')) {
    blocks.push({ type: 'attachments', rows: drafts.rows });
  }

  // A template that keeps the secretary's order prints the blocks as they stand (after the decision and summary).
  if (template.layout === 'documentOrder') return blocks;
  const order = template.sections.flatMap((section) => section.contents);
  const sectionOrder = template.sections.map((section) => section.id);
  const rank = (block: ParagraphBlock) => {
    if (block.type === 'summary' && block.sectionId !== undefined) {
      // After the kinds of its own section, before those of the next.
      const section = template.sections[sectionOrder.indexOf(block.sectionId)];
      const last = section?.contents.at(-1);
      return last === undefined ? order.length : order.indexOf(last) + 0.5;
    }
    const kind = contentKindOf(block);
    const index = kind === undefined ? -1 : order.indexOf(kind);
    return index === -1 ? order.length : index;
  };
  // Array sort is stable: blocks of one kind keep their document order.
  return blocks.sort((first, second) => rank(first) - rank(second));
}

function hasText(text: DecisionDraft): boolean {
  return (
    text.sentence !== undefined ||
    text.paragraphs.length > 0 ||
    text.additions.length > 0 ||
    (text.bullets ?? []).length > 0
  );
}

function decisionText({ sentence, paragraphs, additions, bullets }: DecisionDraft): DecisionText {
  return {
    ...(sentence ? { sentence } : {}),
    paragraphs,
    additions,
    ...(bullets && bullets.length > 0 ? { bullets } : {}),
  };
}

function resolveVote(draft: VoteDraft, exists: (reference: string) => boolean, problems: string[]): Vote | undefined {
  const { yesFor, noFor, yes, no, abstained, counts } = draft;
  if (!exists(yesFor) || !exists(noFor)) {
    problems.push('Voteringen anger inte vilka förslag Ja och Nej gällde och skrivs inte ut.');
    return undefined;
  }
  return {
    yesFor,
    noFor,
    yes,
    no,
    abstained,
    // A count left open is the length of its named list.
    counts: {
      yes: counts.yes ?? yes.length,
      no: counts.no ?? no.length,
      abstained: counts.abstained ?? abstained.length,
    },
  };
}
