import type { JSONContent } from '@tiptap/core';
import { type ProtocolParagraph, type RenderBlock, renderParagraph } from '@yttra/domain';
import { paragraphFromContent, type TemplateRegistry, templateOfContent } from '@yttra/editor';
import type { DocumentRecord } from '../storage/DocumentStore';
import { markMissingNumbers } from './markMissingNumbers';

export interface ParagraphExport {
  paragraph: ProtocolParagraph;
  blocks: RenderBlock[];
  problems: string[];
}

/**
 * What every export of a protocol paragraph prints, laid out by its template. Nothing prints "§ 0" or an empty
 * protocol number: a paragraph without its numbers is marked as a draft with placeholders.
 */
export function paragraphExportBlocks(
  content: JSONContent,
  templates: TemplateRegistry,
  _record?: Pick<DocumentRecord, 'role'>,
): ParagraphExport {
  const { paragraph, problems } = paragraphFromContent(content, templates);
  const template = templateOfContent(content, templates);
  const rendered = renderParagraph(paragraph, template);
  const blocks = markMissingNumbers(rendered, paragraph.header, template);
  return { paragraph, blocks, problems };
}
