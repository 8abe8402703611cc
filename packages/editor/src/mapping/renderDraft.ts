import {
  contentKindOf,
  decisionSentence,
  type ParagraphBlock,
  type ProtocolParagraph,
  type ProtocolTemplate,
  proposalSentence,
  type RenderBlock,
  renderParagraphBlock,
} from '@yttra/domain';

/**
 * What a party's draft prints: its title, the matter it answers, and its block under the heading the paragraph
 * will print it under, in full. Unlike the paragraph, where a proposal is only its sentence until it wins or is
 * quoted, a draft's download shows everything the party wrote: the proposal's decision sentence, text and numbered
 * additions; a statement's or reservation's sentence and text. A block without its people prints no sentence: the
 * editor shows none either (only "Lägg till minst en …, så skrivs meningen"), and the sentence would have no subject.
 */
export function renderDraft(paragraph: ProtocolParagraph, template: ProtocolTemplate, title: string): RenderBlock[] {
  const { header } = paragraph;
  const output: RenderBlock[] = [{ kind: 'title', text: title }];
  const matter = [header.caseNumber, header.title].filter((part) => part !== '').join(' ');
  if (matter !== '') output.push({ kind: 'caseNumber', text: matter });
  for (const block of paragraph.blocks) {
    const kind = contentKindOf(block);
    const section =
      kind === undefined ? undefined : template.sections.find((candidate) => candidate.contents.includes(kind));
    const rendered = renderBlock(block, paragraph, template);
    if (rendered.length === 0) continue;
    if (section) output.push({ kind: 'heading', sectionId: section.id, text: section.heading });
    output.push(...rendered);
  }
  return output;
}

function renderBlock(block: ParagraphBlock, paragraph: ProtocolParagraph, template: ProtocolTemplate): RenderBlock[] {
  if (block.type === 'reservation' || block.type === 'statement') {
    const rendered = renderParagraphBlock(block, paragraph, template);
    const people = block.type === 'reservation' ? block.reservants : block.authors;
    // The first block is the sentence naming the people (renderParagraphBlock).
    return people.length > 0 ? rendered : rendered.slice(1);
  }
  if (block.type !== 'proposal') return renderParagraphBlock(block, paragraph, template);
  const text = (value: string): RenderBlock => ({ kind: 'text', text: value });
  return [
    ...(block.proposers.length > 0 ? [text(proposalSentence(block, template))] : []),
    ...(block.sentence ? [text(decisionSentence(block.sentence, paragraph.header.board, template))] : []),
    ...block.paragraphs.map(text),
    ...block.additions.map(
      (addition, index): RenderBlock => ({ kind: 'numberedItem', number: index + 1, text: addition }),
    ),
  ];
}
