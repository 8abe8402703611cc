import type { JSONContent } from '@tiptap/core';
import { type RenderBlock, renderParagraph } from '@yttra/domain';
import {
  draftFromContent,
  paragraphFromContent,
  renderDraft,
  shapeOfDraftKind,
  type TemplateRegistry,
  templateOfContent,
} from '@yttra/editor';
import { draftHeader } from '../matters/draftHeader';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';

export interface RenderedDocument {
  blocks: RenderBlock[];
  problems: string[];
  /** The title the export's metadata carries. */
  title: string;
}

/**
 * A protocol document's content as its exports lay it out: a matter's paragraph as the protocol prints it, a
 * party's draft as its editor shows it (its block in full, phrased with the matter's header; `renderDraft`).
 */
export async function renderDocument(
  record: DocumentRecord,
  content: JSONContent,
  organisations: OrganisationStore,
  templates: TemplateRegistry,
): Promise<RenderedDocument> {
  if (record.role === 'draft') {
    const header = await draftHeader(organisations, record);
    const shape = shapeOfDraftKind(record.draftKind ?? 'proposal');
    const { paragraph, problems } = draftFromContent(content, shape, header, templates);
    const template = templateOfContent(
      { type: 'doc', content: [{ type: 'protocolHeader', attrs: header }] },
      templates,
    );
    return { blocks: renderDraft(paragraph, template, record.title), problems, title: record.title };
  }
  const { paragraph, problems } = paragraphFromContent(content, templates);
  return {
    blocks: renderParagraph(paragraph, templateOfContent(content, templates)),
    problems,
    title: paragraph.header.title,
  };
}
