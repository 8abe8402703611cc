import { zValidator } from '@hono/zod-validator';
import { DEFAULT_TEMPLATE_ID, type TemplateRegistry } from '@yttra/editor';
import { isValidDocumentId } from '@yttra/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import { type DocumentStore, documentKinds } from '../storage/DocumentStore';
import { newDocumentId } from './newDocumentId';
import { validationError } from './validationError';

const createDocumentBody = z.object({
  title: z.string().trim().min(1, 'Ange en titel').max(200, 'Titeln får vara högst 200 tecken'),
  kind: z.enum(documentKinds).default('protocol'),
  templateId: z.string().min(1).max(64).optional(),
});

const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

export function documentRoutes(store: DocumentStore, templates: TemplateRegistry) {
  return new Hono()
    .get('/', zValidator('query', listQuery, validationError), async (c) => {
      const { limit } = c.req.valid('query');
      return c.json({ documents: await store.listDocuments(limit) });
    })
    .post('/', zValidator('json', createDocumentBody, validationError), async (c) => {
      const { title, kind, templateId } = c.req.valid('json');
      if (kind === 'text' && templateId) return c.json({ error: 'Ett fritt dokument har ingen mall' }, 400);
      if (templateId && !Object.hasOwn(templates, templateId)) return c.json({ error: 'Mallen finns inte' }, 400);
      const record = {
        id: newDocumentId(),
        title,
        kind,
        templateId: kind === 'protocol' ? (templateId ?? DEFAULT_TEMPLATE_ID) : null,
        createdAt: Date.now(),
      };
      await store.createDocument(record);
      return c.json(record, 201);
    })
    .get('/:documentId', async (c) => {
      const documentId = c.req.param('documentId');
      if (!isValidDocumentId(documentId)) return c.json({ error: 'Ogiltigt dokument-id' }, 400);
      const record = await store.getDocument(documentId);
      if (!record) return c.json({ error: 'Dokumentet finns inte' }, 404);
      return c.json(record, 200);
    });
}
