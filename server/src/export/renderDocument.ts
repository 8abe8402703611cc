import type { JSONContent } from '@tiptap/core';
import type { RenderBlock } from '@yttra/domain';
import {
  draftFromContent,
  renderDraft,
  shapeOfDraftKind,
  type TemplateRegistry,
  templateOfContent,
} from '@yttra/editor';
import { draftHeader } from '../matters/draftHeader';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';
import { paragraphExportBlocks } from './paragraphExportBlocks';

export const DRAFT_MARK = 'UTKAST – partigruppens utkast, inte protokoll';

export interface RenderedDocument {
  blocks: RenderBlock[];
  problems: string[];
  /** The title the export's metadata carries. */
  title: string;
}

/**
 * A protocol document's content as its exports lay it out: a matter's paragraph as the protocol prints it, a
 * party's draft as its editor shows it (its block in full, phrased with the matter's header; `renderDraft`). Neither
 * ever prints "§ 0": missing numbers print as placeholders under an UTKAST line.
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
    // A draft gets its numbers only in the protocol: its download says what it is.
    const blocks: RenderBlock[] = [
      { kind: 'text', text: DRAFT_MARK },
      ...renderDraft(paragraph, template, record.title),
    ];
    return { blocks, problems, title: record.title };
  }
  const { paragraph, blocks, problems } = paragraphExportBlocks(content, templates, record);
  return { blocks, problems, title: paragraph.header.title };
}
