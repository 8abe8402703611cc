import type { JSONContent } from '@tiptap/core';
import { ADMINISTRATION_PROPOSAL, type AttachmentRow, type ParagraphBlock } from '@yttra/domain';
import { decisionTextContent } from './decisionTextContent';
import { paragraphContent } from './paragraphContent';
import { personListContent } from './personListContent';
import { procedureBlockContent } from './procedureBlockContent';

/**
 * One domain block as document nodes. `proposalId` turns a domain proposal id into the document's (references are
 * turned alike; 'administration' is never renamed).
 */
export function blockContent(block: ParagraphBlock, proposalId: (id: string) => string): JSONContent[] {
  const reference = (id: string) => (id === ADMINISTRATION_PROPOSAL ? id : proposalId(id));
  switch (block.type) {
    case 'decision':
      return decisionTextContent(block);
    case 'summary':
      return block.paragraphs.map((paragraph) => paragraphContent(paragraph));
    case 'proposal':
      return [
        {
          type: 'proposal',
          attrs: { proposalId: proposalId(block.id), kind: block.kind },
          content: [personListContent('proposers', block.proposers), ...decisionTextContent(block)],
        },
      ];
    case 'proposalsClosing':
      return [{ type: 'proposalsClosing' }];
    case 'decisionProcedure': {
      const procedure: JSONContent = {
        type: 'decisionProcedure',
        attrs: { winningProposal: reference(block.winningProposal) },
      };
      const { vote } = block;
      if (!vote) return [procedure];
      const voteContent: JSONContent = {
        type: 'vote',
        attrs: {
          yesFor: reference(vote.yesFor),
          noFor: reference(vote.noFor),
          countYes: vote.counts.yes,
          countNo: vote.counts.no,
          countAbstained: vote.counts.abstained,
        },
        content: [
          personListContent('yes', vote.yes),
          personListContent('no', vote.no),
          personListContent('abstained', vote.abstained),
        ],
      };
      return [{ ...procedure, content: [voteContent] }];
    }
    case 'reservation':
      return [
        {
          type: 'reservation',
          attrs: {
            inFavourOf: block.inFavourOf === undefined ? '' : reference(block.inFavourOf),
            heading: block.heading ?? '',
          },
          content: [
            personListContent('reservants', block.reservants),
            ...(block.quotedParagraphs ?? []).map((paragraph) => paragraphContent(paragraph)),
          ],
        },
      ];
    case 'statement': {
      // The schema needs one paragraph, even while the statement is still unwritten.
      const paragraphs = block.paragraphs.length > 0 ? block.paragraphs : [''];
      return [
        {
          type: 'statement',
          attrs: { kind: block.kind },
          content: [personListContent('authors', block.authors), ...paragraphs.map((text) => paragraphContent(text))],
        },
      ];
    }
    case 'attachments': {
      const rows: Partial<AttachmentRow>[] = block.rows.length > 0 ? block.rows : [{}];
      return [{ type: 'attachmentList', content: rows.map(attachmentRowContent) }];
    }
    default:
      return [procedureBlockContent(block)];
  }
}

function attachmentRowContent(row: Partial<AttachmentRow>): JSONContent {
  const attrs = {
    documentNumber: row.documentNumber ?? '',
    status: row.status ?? '',
    date: row.date ?? '',
    revisedDate: row.revisedDate ?? '',
  };
  return row.title
    ? { type: 'attachmentRow', attrs, content: [{ type: 'text', text: row.title }] }
    : { type: 'attachmentRow', attrs };
}
