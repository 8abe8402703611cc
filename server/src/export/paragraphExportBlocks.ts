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
 * What every export of a document prints, laid out by its template. A protocol paragraph without its numbers
 * is marked as a draft; party drafts carry no numbers of their own, so they are left as they are.
 */
export function paragraphExportBlocks(
  content: JSONContent,
  templates: TemplateRegistry,
  record: Pick<DocumentRecord, 'role'>,
): ParagraphExport {
  const { paragraph, problems } = paragraphFromContent(content, templates);
  const template = templateOfContent(content, templates);
  const rendered = renderParagraph(paragraph, template);
  const blocks = record.role === 'draft' ? rendered : markMissingNumbers(rendered, paragraph.header, template);
  return { paragraph, blocks, problems };
}
