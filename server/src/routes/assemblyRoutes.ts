import { createHash } from 'node:crypto';
import { zValidator } from '@hono/zod-validator';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { ADMINISTRATION_PROPOSAL, renderParagraph, renderPlainText } from '@yttra/domain';
import {
  applyOutcome,
  documentToJSON,
  extractDraftBlocks,
  getEditorSchema,
  insertBlocksIntoContent,
  paragraphFromContent,
  shapeOfDraftKind,
  templateOfContent,
} from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, AuthContext } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import type { MatterServices } from '../matters/MatterServices';
import type { Role } from '../organisation/OrganisationStore';
import { validationError } from './validationError';

const assembleBody = z.object({ draftDocumentId: z.string().min(1), version: z.number().int().positive() });
const outcomeBody = z.object({ winningProposal: z.string().min(1) });

/**
 * The secretary's side of a matter: insert tabled drafts into the paragraph, record the outcome, approve
 * (justera). Every change is made on the live document, so it is stored and relayed like any edit.
 */
export function assemblyRoutes(services: MatterServices) {
  const { store, organisations, registry, templates } = services;

  async function protocolOf(auth: AuthContext, matterId: string, roles: readonly Role[]) {
    const matter = await organisations.getMatter(matterId);
    const membership = matter && auth.memberships.find((m) => m.organisationId === matter.organisationId);
    if (!matter || !membership) return { refusal: { error: 'Ärendet finns inte', status: 404 as const } };
    if (!roles.includes(membership.role)) return { refusal: { error: 'Du har inte behörighet', status: 403 as const } };
    const protocol = (await store.listMatterDocuments(matter.id)).find((record) => record.role === 'protocol');
    if (!protocol) return { refusal: { error: 'Ärendet saknar protokollsparagraf', status: 404 as const } };
    if (protocol.approvedAt !== null)
      return { refusal: { error: 'Paragrafen är justerad och låst', status: 409 as const } };
    return { matter, protocol };
  }

  /** Rewrites the paragraph's content through the schema; y-prosemirror turns the difference into Yjs edits. */
  function rewrite(documentId: string, change: (content: JSONContent) => JSONContent) {
    return registry.withDurableDocument(documentId, (document) => {
      const next = change(documentToJSON(document.doc));
      document.applyServerChange((doc) => {
        prosemirrorJSONToYXmlFragment(getEditorSchema(), next, doc.getXmlFragment(CONTENT_FRAGMENT));
      });
    });
  }

  return new Hono<AppEnv>()
    .use(requireAuth)
    .post('/:matterId/assemble', zValidator('json', assembleBody, validationError), async (c) => {
      const auth = c.get('auth')!;
      const { refusal, matter, protocol } = await protocolOf(auth, c.req.param('matterId'), ['administrator']);
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const { draftDocumentId, version } = c.req.valid('json');
      const draft = await store.getDocument(draftDocumentId);
      if (!draft || draft.matterId !== matter.id || draft.role !== 'draft') {
        return c.json({ error: 'Utkastet hör inte till ärendet' }, 400);
      }
      const tabled = (await organisations.listTabledVersions(draft.id)).find((entry) => entry.version === version);
      if (!tabled) return c.json({ error: 'Versionen är inte inlämnad' }, 400);
      if (
        (await organisations.listAssemblies(protocol.id)).some(
          (a) => a.draftDocumentId === draft.id && a.draftVersion === version,
        )
      ) {
        return c.json({ error: 'Versionen finns redan i paragrafen' }, 409);
      }
      const blocks = extractDraftBlocks(
        JSON.parse(tabled.contentJson),
        shapeOfDraftKind(draft.draftKind ?? 'proposal'),
      );
      await rewrite(protocol.id, (content) =>
        insertBlocksIntoContent(content, blocks, templateOfContent(content, templates)),
      );
      await organisations.recordAssembly({
        protocolDocumentId: protocol.id,
        draftDocumentId: draft.id,
        draftVersion: version,
        assembledAt: Date.now(),
        assembledBy: auth.user.id,
      });
      await organisations.setMatterStatus(matter.id, 'assembling');
      return c.json({ inserted: blocks.map((block) => block.type) }, 200);
    })
    .post('/:matterId/outcome', zValidator('json', outcomeBody, validationError), async (c) => {
      const { refusal, protocol } = await protocolOf(c.get('auth')!, c.req.param('matterId'), [
        'administrator',
        'chair',
      ]);
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const { winningProposal } = c.req.valid('json');
      try {
        await rewrite(protocol.id, (content) =>
          applyOutcome(content, winningProposal, templateOfContent(content, templates)),
        );
      } catch (error) {
        return c.json({ error: error instanceof Error ? error.message : 'Utfallet kunde inte registreras' }, 400);
      }
      return c.json({ winningProposal, administration: winningProposal === ADMINISTRATION_PROPOSAL }, 200);
    })
    .post('/:matterId/approve', async (c) => {
      const { refusal, matter, protocol } = await protocolOf(c.get('auth')!, c.req.param('matterId'), [
        'administrator',
      ]);
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const text = await registry.withDurableDocument(protocol.id, (document) => {
        const content = documentToJSON(document.doc);
        const { paragraph } = paragraphFromContent(content, templates);
        return renderPlainText(renderParagraph(paragraph, templateOfContent(content, templates)));
      });
      const checksum = createHash('sha256').update(text, 'utf8').digest('hex');
      const approvedAt = Date.now();
      await store.markApproved(protocol.id, approvedAt, checksum);
      await organisations.setMatterStatus(matter.id, 'approved');
      // Locked for everyone from now on, live connections included.
      await registry.updatePeersOf(protocol.id, (peer) => {
        peer.canWrite = false;
      });
      return c.json({ approvedAt, checksum }, 200);
    });
}
