import { zValidator } from '@hono/zod-validator';
import { createDocumentBody } from '@yttra/api';
import { DEFAULT_TEMPLATE_ID, type TemplateRegistry } from '@yttra/editor';
import { isValidDocumentId } from '@yttra/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import { documentRefusal } from '../access/documentRefusal';
import { resolveDocumentAccess } from '../access/resolveDocumentAccess';
import type { AppEnv } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentStore } from '../storage/DocumentStore';
import { newDocumentRecord } from '../storage/newDocumentRecord';
import { newDocumentId } from './newDocumentId';
import { validationError } from './validationError';

const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

/** An organisation's free documents (notes, working texts); matters' paragraphs and drafts live under /api/matters. */
export function documentRoutes(store: DocumentStore, organisations: OrganisationStore, templates: TemplateRegistry) {
  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/', zValidator('query', listQuery, validationError), async (c) => {
      const organisationIds = c.get('auth')!.memberships.map((membership) => membership.organisationId);
      return c.json({ documents: await store.listDocuments(organisationIds, c.req.valid('query').limit) });
    })
    .post('/', zValidator('json', createDocumentBody, validationError), async (c) => {
      const { title, kind, templateId, organisationId } = c.req.valid('json');
      const memberships = c.get('auth')!.memberships;
      const membership = organisationId
        ? memberships.find((candidate) => candidate.organisationId === organisationId)
        : memberships[0];
      if (!membership || membership.role === 'reviewer') {
        return c.json({ error: 'Du får inte skapa dokument i den här nämnden' }, 403);
      }
      if (kind === 'text' && templateId) return c.json({ error: 'Ett fritt dokument har ingen mall' }, 400);
      if (templateId && !Object.hasOwn(templates, templateId)) return c.json({ error: 'Mallen finns inte' }, 400);
      const organisation = await organisations.getOrganisation(membership.organisationId);
      const record = newDocumentRecord({
        id: newDocumentId(),
        title,
        kind,
        templateId: kind === 'protocol' ? (templateId ?? organisation?.templateId ?? DEFAULT_TEMPLATE_ID) : null,
        organisationId: membership.organisationId,
      });
      await store.createDocument(record);
      return c.json(record, 201);
    })
    .get('/:documentId', async (c) => {
      const documentId = c.req.param('documentId');
      if (!isValidDocumentId(documentId)) return c.json({ error: 'Ogiltigt dokument-id' }, 400);
      const resolved = await resolveDocumentAccess(store, organisations, c.get('auth')!.memberships, documentId);
      const refused = documentRefusal(resolved, 'read');
      if (refused || !resolved) return c.json({ error: refused?.error ?? '' }, refused?.status ?? 404);
      return c.json({ ...resolved.record, ownerGroupIds: resolved.ownerGroupIds, access: resolved.access }, 200);
    });
}
