import { createHash } from 'node:crypto';
import { renderPlainText } from '@yttra/domain';
import { documentToJSON, type TemplateRegistry } from '@yttra/editor';
import { type ParagraphExport, paragraphExportBlocks } from '../export/paragraphExportBlocks';
import type { DocumentRecord } from '../storage/DocumentStore';
import type { DocumentRegistry } from '../sync/DocumentRegistry';

export interface ReadParagraph extends ParagraphExport {
  /** SHA-256 of the paragraph's text as it stands: what a signatory approves. */
  textHash: string;
}

/** The live paragraph as durably stored, laid out by its template, with the hash of its text. */
export function readParagraph(
  registry: DocumentRegistry,
  templates: TemplateRegistry,
  protocol: DocumentRecord,
): Promise<ReadParagraph> {
  return registry.withDurableDocument(protocol.id, (document) => {
    const exported = paragraphExportBlocks(documentToJSON(document.doc), templates, protocol);
    const textHash = createHash('sha256').update(renderPlainText(exported.blocks), 'utf8').digest('hex');
    return { ...exported, textHash };
  });
}
