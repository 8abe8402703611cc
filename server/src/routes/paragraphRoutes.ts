import { zValidator } from '@hono/zod-validator';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import {
  findTemplateFitProblems,
  PARAGRAPH_FORMAT,
  PARAGRAPH_FORMAT_VERSION,
  paragraphDocumentSchema,
} from '@yttra/domain';
import {
  contentFromParagraph,
  DEFAULT_TEMPLATE_ID,
  documentToJSON,
  getEditorSchema,
  getTemplate,
  paragraphFromContent,
  templateOfContent,
} from '@yttra/editor';
import { CONTENT_FRAGMENT, isValidDocumentId } from '@yttra/protocol';
import { Hono } from 'hono';
import { documentRefusal } from '../access/documentRefusal';
import { resolveDocumentAccess } from '../access/resolveDocumentAccess';
import type { AppEnv } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import type { MatterServices } from '../matters/MatterServices';
import { validationError } from './validationError';

/**
 * A whole paragraph in the versioned JSON format (docs/paragraph-format.md), for scripts and migrations:
 * `POST /api/matters/:matterId/paragraph` writes it into the matter's protocol paragraph (administrators of the
 * board, until approval), `GET /api/documents/:documentId/paragraph` reads a protocol document back (its readers).
 * The write is an ordinary edit of the live document: stored before it is relayed, seen live by open editors.
 */
export function paragraphRoutes(services: MatterServices) {
  const { store, organisations, registry, templates } = services;
  // Mounted under /api, so authentication is required per route: a `.use` here would guard every /api path.
  return new Hono<AppEnv>()
    .post(
      '/matters/:matterId/paragraph',
      requireAuth,
      zValidator('json', paragraphDocumentSchema, validationError),
      async (c) => {
        const auth = c.get('auth')!;
        const matter = await organisations.getMatter(c.req.param('matterId'));
        const membership = matter && auth.memberships.find((m) => m.organisationId === matter.organisationId);
        if (!matter || !membership) return c.json({ error: 'Ärendet finns inte' }, 404);
        if (membership.role !== 'administrator') {
          return c.json({ error: 'Bara nämndsekreterare kan skriva paragrafen' }, 403);
        }
        const protocol = (await store.listMatterDocuments(matter.id)).find((record) => record.role === 'protocol');
        if (!protocol) return c.json({ error: 'Ärendet saknar protokollsparagraf' }, 404);
        if (protocol.approvedAt !== null) return c.json({ error: 'Paragrafen är justerad och låst' }, 409);

        const { format: _format, version: _version, $schema: _schema, templateId, ...paragraph } = c.req.valid('json');
        const documentTemplateId = protocol.templateId ?? DEFAULT_TEMPLATE_ID;
        if (templateId !== undefined && templateId !== documentTemplateId) {
          return c.json(
            { error: `Paragrafen är skriven för mallen "${templateId}", men ärendet använder "${documentTemplateId}"` },
            400,
          );
        }
        const template = getTemplate(documentTemplateId, templates);
        if (!template) return c.json({ error: `Mallen "${documentTemplateId}" finns inte` }, 500);
        const problems = findTemplateFitProblems(paragraph, template);
        if (paragraph.header.caseNumber !== matter.caseNumber) {
          problems.push(`Diarienumret "${paragraph.header.caseNumber}" är inte ärendets (${matter.caseNumber}).`);
        }
        if (problems.length > 0) {
          return c.json({ error: 'Paragrafen kan inte skrivas ut med mallen', problems }, 400);
        }

        const content = contentFromParagraph(paragraph, template, { templateId: documentTemplateId });
        await registry.changeDocument(protocol.id, (document) => {
          document.applyServerChange((doc) => {
            prosemirrorJSONToYXmlFragment(getEditorSchema(), content, doc.getXmlFragment(CONTENT_FRAGMENT));
          });
        });
        return c.json({ documentId: protocol.id, templateId: documentTemplateId }, 200);
      },
    )
    .get('/documents/:documentId/paragraph', requireAuth, async (c) => {
      const documentId = c.req.param('documentId');
      if (!isValidDocumentId(documentId)) return c.json({ error: 'Ogiltigt dokument-id' }, 400);
      const resolved = await resolveDocumentAccess(store, organisations, c.get('auth')!.memberships, documentId);
      // Unreadable answers exactly as unknown: an untabled draft's existence stays with its groups.
      const refusal = documentRefusal(resolved, 'read');
      if (refusal || !resolved) return c.json({ error: refusal?.error ?? 'Dokumentet finns inte' }, 404);
      if (resolved.record.kind !== 'protocol') return c.json({ error: 'Dokumentet är ingen protokollsparagraf' }, 409);
      const content = await registry.withDurableDocument(documentId, (document) => documentToJSON(document.doc));
      const { paragraph, problems } = paragraphFromContent(content, templates);
      const templateId = templateIdOf(content, templates);
      // What the mapping had to repair is reported beside the paragraph, so the body stays the documented format.
      if (problems.length > 0) c.header('X-Yttra-Problems', encodeURIComponent(problems.join(' | ')).slice(0, 4000));
      return c.json({ format: PARAGRAPH_FORMAT, version: PARAGRAPH_FORMAT_VERSION, templateId, ...paragraph });
    });
}

function templateIdOf(content: ReturnType<typeof documentToJSON>, templates: MatterServices['templates']): string {
  const template = templateOfContent(content, templates);
  return Object.entries(templates).find(([, candidate]) => candidate === template)?.[0] ?? DEFAULT_TEMPLATE_ID;
}
