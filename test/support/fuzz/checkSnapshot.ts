import { renderParagraph, renderPlainText } from '@yttra/domain';
import {
  type DocumentShape,
  draftFromContent,
  paragraphFromContent,
  renderDraft,
  templateOfContent,
} from '@yttra/editor';
import type { EditorSnapshot, JSONContent } from './editorSnapshot';
import type { TypedText } from './typedText';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text export of the content, by the mapping the server's downloads use. */
export function downloadText(json: JSONContent, shape: DocumentShape): string {
  if (shape === 'protocol') {
    const { paragraph } = paragraphFromContent(json);
    return renderPlainText(renderParagraph(paragraph, templateOfContent(json)));
  }
  const { paragraph } = draftFromContent(json, shape, { templateId: 'stockholm-district-board' });
  return renderPlainText(renderDraft(paragraph, templateOfContent(json), 'Utkast'));
}

/**
 * The prose a download must print: every textblock with text, except (in the paragraph) a proposal's own text,
 * which the protocol prints by its sentence and quotes where the decision or a reservation takes it.
 */
export function printedProse(snapshot: EditorSnapshot, shape: DocumentShape): string[] {
  return snapshot.blocks
    .filter((block) => normalise(block.text) !== '')
    .filter((block) => shape !== 'protocol' || !block.ancestors.includes('proposal'))
    .map((block) => normalise(block.text));
}

/**
 * The invariants after every step; returns what is violated, or nothing. `download` is the text the downloads
 * print (computed by the same mapping, or fetched from the server).
 */
export function checkSnapshot(
  snapshot: EditorSnapshot,
  shape: DocumentShape,
  typed: TypedText,
  download: string,
): string | undefined {
  const missing = typed.missing(snapshot);
  if (missing.length > 0) return `typed text lost: ${JSON.stringify(missing)}`;

  const top = snapshot.json.content ?? [];
  if (shape === 'protocol') {
    if (top[0]?.type !== 'protocolHeader') return `the paragraph lost its header: ${top.map((node) => node.type)}`;
  } else {
    if (top.length !== 1 || top[0]?.type !== shape)
      return `the draft is not its one block: ${top.map((node) => node.type)}`;
    if (top[0].content?.[0]?.type !== 'personList') return 'the draft lost its person list';
  }

  const hidden = snapshot.blocks.find((block) => normalise(block.text) !== '' && !block.visible);
  if (hidden) return `text the editor does not show: ${JSON.stringify(hidden.text)}`;
  if (shape === 'protocol') {
    // Prose prints in the section it stands in; outside every section it would print in the summary.
    const stray = snapshot.blocks.find((block) => normalise(block.text) !== '' && block.ancestors.length === 0);
    if (stray) return `text outside every section, printed in the summary: ${JSON.stringify(stray.text)}`;
  }

  const printed = normalise(download);
  const unprinted = printedProse(snapshot, shape).filter((prose) => !printed.includes(prose));
  if (unprinted.length > 0) return `shown but not in the download: ${JSON.stringify(unprinted)}`;

  if (snapshot.focusInEditor && !snapshot.browserCaretInText) return 'the editor has the focus but no caret in text';
  return undefined;
}
