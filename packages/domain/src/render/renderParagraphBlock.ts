import type { ParagraphBlock, ProposalBlock } from '../model/paragraphBlockSchema';
import type { ProtocolParagraph } from '../model/protocolParagraphSchema';
import { decisionSentence } from '../phrasing/decisionSentence';
import { procedureSentence } from '../phrasing/procedureSentence';
import { proposalSentence } from '../phrasing/proposalSentence';
import { quoteParagraphs } from '../phrasing/quoteParagraphs';
import { reservationQuote } from '../phrasing/reservationQuote';
import { reservationSentence } from '../phrasing/reservationSentence';
import { statementSentence } from '../phrasing/statementSentence';
import { voteSentences } from '../phrasing/voteSentences';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';
import type { RenderBlock } from './renderBlock';

const text = (value: string): RenderBlock => ({ kind: 'text', text: value });

/** One block of the paragraph, phrased by the template. Returns nothing for a block without content. */
export function renderParagraphBlock(
  block: ParagraphBlock,
  paragraph: ProtocolParagraph,
  template: ProtocolTemplate,
): RenderBlock[] {
  const proposals = paragraph.blocks.filter((candidate): candidate is ProposalBlock => candidate.type === 'proposal');
  const quote = (paragraphs: string[]): RenderBlock[] =>
    paragraphs.length > 0 ? [{ kind: 'quote', paragraphs: quoteParagraphs(paragraphs, template.quotationMarks) }] : [];

  switch (block.type) {
    case 'decision':
      return [
        ...(block.sentence ? [text(decisionSentence(block.sentence, paragraph.header.board, template))] : []),
        ...block.paragraphs.map(text),
        ...block.additions.map(
          (addition, index): RenderBlock => ({ kind: 'numberedItem', number: index + 1, text: addition }),
        ),
      ];
    case 'summary':
      return block.paragraphs.map(text);
    case 'proposal':
      return [text(proposalSentence(block, template))];
    case 'proposalsClosing':
      return [text(template.phrases.proposalsClosing)];
    case 'decisionProcedure':
      return [
        text(procedureSentence(block, proposals, template)),
        ...(block.vote ? voteSentences(block.vote, block.winningProposal, proposals, template).map(text) : []),
      ];
    case 'reservation':
      return [
        text(reservationSentence(block, proposals, template)),
        ...quote(reservationQuote(block, paragraph, template)),
      ];
    case 'statement':
      return [text(statementSentence(block, template)), ...quote(block.paragraphs)];
    case 'attachments':
      return block.rows.map((row): RenderBlock => ({ kind: 'attachment', ...row }));
  }
}
