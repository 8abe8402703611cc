import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { removeXmlInvalidCharacters } from '../export/removeXmlInvalidCharacters';

type Node = DefaultTreeAdapterMap['childNode'];

export interface StaffReportContent {
  /** The text under "Sammanfattning" (av ärendet), one string per paragraph. */
  summary: string[];
  /** The text of "Förslag till beslut"; empty when the report has no such section. */
  proposal: string[];
  /** Paragraphs under no recognised heading: the summary when the report has no "Sammanfattning". */
  unsectioned: string[];
  /** Whom the board's reply goes to, when the proposal says so ("… som svar på remissen till kommunstyrelsen"). */
  replyTo: string | null;
}

const MAX_PARAGRAPHS = 400;
const MAX_PARAGRAPH_CHARACTERS = 10_000;
const SUMMARY_HEADINGS = /^sammanfattning( av ärendet)?$/i;
const PROPOSAL_HEADINGS = /^(förvaltningens )?förslag till beslut$/i;
const RECIPIENT =
  /som (?:svar|nämndens svar|yttrande)(?: på remissen)? till ([A-ZÅÄÖa-zåäö][\wåäöÅÄÖ -]{2,60}?)(?:\.|,|$)/;

/** Text only: whatever markup conversion produced, only its words reach the paragraph. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return 'value' in node ? node.value : '';
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function cleaned(text: string): string {
  return removeXmlInvalidCharacters(text).replace(/\s+/g, ' ').trim().slice(0, MAX_PARAGRAPH_CHARACTERS);
}

/**
 * Reads the staff report's sections from the HTML mammoth made of it: headings (by style, or a short bold line
 * alone) open a section; the paragraphs and list items under "Sammanfattning" and "Förslag till beslut" are kept
 * as plain text. The HTML is never passed on, so nothing in it (scripts, links, styles) can reach the paragraph.
 */
export function readStaffReportHtml(html: string): StaffReportContent {
  const blocks: { heading: boolean; text: string }[] = [];
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (blocks.length >= MAX_PARAGRAPHS * 2) return;
      const name = node.nodeName;
      if (/^h[1-6]$/.test(name)) blocks.push({ heading: true, text: cleaned(textOf(node)) });
      else if (name === 'p' || name === 'li') {
        const children = 'childNodes' in node ? node.childNodes : [];
        const onlyBold = children.length === 1 && children[0]!.nodeName === 'strong';
        const text = cleaned(textOf(node));
        blocks.push({ heading: onlyBold && text.length <= 80, text });
      } else if ('childNodes' in node) walk(node.childNodes);
    }
  };
  walk(parseFragment(html).childNodes);

  const summary: string[] = [];
  const proposal: string[] = [];
  const unsectioned: string[] = [];
  let section: 'summary' | 'proposal' | 'other' = 'other';
  for (const block of blocks) {
    const heading = block.text.replace(/[:.]$/, '');
    if (block.heading || SUMMARY_HEADINGS.test(heading) || PROPOSAL_HEADINGS.test(heading)) {
      section = SUMMARY_HEADINGS.test(heading) ? 'summary' : PROPOSAL_HEADINGS.test(heading) ? 'proposal' : 'other';
      continue;
    }
    if (block.text === '') continue;
    if (section === 'summary' && summary.length < MAX_PARAGRAPHS) summary.push(block.text);
    if (section === 'proposal' && proposal.length < MAX_PARAGRAPHS) proposal.push(block.text);
    if (section === 'other' && unsectioned.length < MAX_PARAGRAPHS) unsectioned.push(block.text);
  }
  const recipient = proposal.map((text) => RECIPIENT.exec(text)?.[1]?.trim()).find((found) => found);
  return { summary, proposal, unsectioned, replyTo: recipient ?? null };
}
