import { zValidator } from '@hono/zod-validator';
import { renderParagraph } from '@yttra/domain';
import { documentToJSON, paragraphFromContent, type TemplateRegistry, templateOfContent } from '@yttra/editor';
import { isValidDocumentId } from '@yttra/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import { contentDisposition } from '../export/contentDisposition';
import { exportParagraph } from '../export/exportParagraph';
import type { DocumentStore } from '../storage/DocumentStore';
import type { DocumentRegistry } from '../sync/DocumentRegistry';
import { validationError } from './validationError';

const exportParams = z.object({
  documentId: z.string().refine(isValidDocumentId, 'Ogiltigt dokument-id'),
  format: z.enum(['txt', 'html', 'docx', 'pdf']),
});

/**
 * `GET /api/documents/:documentId/export/:format`: the protocol paragraph rendered on the server from its
 * stored Yjs state, through the document's template. No browser is involved.
 */
export function exportRoutes(store: DocumentStore, registry: DocumentRegistry, templates: TemplateRegistry) {
  return new Hono().get(
    '/:documentId/export/:format',
    zValidator('param', exportParams, validationError),
    async (c) => {
      const { documentId, format } = c.req.valid('param');
      const record = await store.getDocument(documentId);
      if (!record) return c.json({ error: 'Dokumentet finns inte' }, 404);
      if (record.kind !== 'protocol') return c.json({ error: 'Bara protokollsparagrafer kan exporteras' }, 409);

      const content = await registry.withDurableDocument(documentId, (document) => documentToJSON(document.doc));
      const { paragraph, problems } = paragraphFromContent(content, templates);
      const blocks = renderParagraph(paragraph, templateOfContent(content, templates));
      const exported = await exportParagraph(blocks, format, { title: paragraph.header.title || record.title });
      c.header('Content-Type', exported.contentType);
      c.header('Content-Disposition', contentDisposition(exported.filename));
      // Problems do not stop an export (a draft may be incomplete), but the caller can see them.
      if (problems.length > 0) c.header('X-Yttra-Problems', encodeURIComponent(problems.join(' | ')).slice(0, 4000));
      return c.body(typeof exported.body === 'string' ? exported.body : new Uint8Array(exported.body));
    },
  );
}
