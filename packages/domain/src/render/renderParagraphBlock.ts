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
import { renderVersion2Block } from './version2/renderVersion2Block';
import type { SentenceContext } from './version2/sentenceContext';

const text = (value: string): RenderBlock => ({ kind: 'text', text: value });

/** One block of the paragraph, phrased by the template. Returns nothing for a block without content. */
export function renderParagraphBlock(
  block: ParagraphBlock,
  paragraph: ProtocolParagraph,
  template: ProtocolTemplate,
  context?: SentenceContext,
): RenderBlock[] {
  const version2 = context ? renderVersion2Block(block, context) : undefined;
  if (version2) return version2;
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
      return block.rows.map(
        (row): RenderBlock => ({
          kind: 'attachment',
          documentNumber: row.documentNumber ?? '',
          ...(row.status === undefined ? {} : { status: row.status }),
          title: row.title,
        }),
      );
    default:
      // Version-2 blocks under a template without version-2 sentences: checking the paragraph against the template
      // refuses them, so an export never meets one silently.
      throw new Error(`Mallen "${template.name}" kan inte skriva ut blocket "${block.type}".`);
  }
}
