import { zValidator } from '@hono/zod-validator';
import type { JSONContent } from '@tiptap/core';
import { assembleBody, type assembledResultSchema, outcomeBody, type outcomeResultSchema } from '@yttra/api';
import { ADMINISTRATION_PROPOSAL } from '@yttra/domain';
import { applyOutcome, templateOfContent } from '@yttra/editor';
import { Hono } from 'hono';
import type { z } from 'zod';
import type { AppEnv, AuthContext } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import { assembleTabledVersion } from '../matters/assembleTabledVersion';
import type { MatterServices } from '../matters/MatterServices';
import { rewriteDocument } from '../matters/rewriteDocument';
import type { Role } from '../organisation/OrganisationStore';
import { validationError } from './validationError';

/**
 * The secretary's side of a matter: insert tabled drafts into the paragraph, record the outcome (justering is in
 * justeringRoutes). Every change is made on the live document, so it is stored and relayed like any edit.
 */
export function assemblyRoutes(services: MatterServices) {
  const { store, organisations, registry, templates, matterEvents } = services;

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

  const rewrite = (documentId: string, change: (content: JSONContent) => JSONContent, actorId: string) =>
    rewriteDocument(registry, documentId, change, actorId);

  return new Hono<AppEnv>()
    .use(requireAuth)
    .post('/:matterId/assemble', zValidator('json', assembleBody, validationError), async (c) => {
      const auth = c.get('auth')!;
      const { refusal, protocol } = await protocolOf(auth, c.req.param('matterId'), ['administrator']);
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const { draftDocumentId, version } = c.req.valid('json');
      const outcome = await assembleTabledVersion(services, protocol, draftDocumentId, version, auth.user.id);
      if ('error' in outcome) return c.json({ error: outcome.error }, outcome.status);
      matterEvents.publish(protocol.matterId!, 'assembled', { board: true });
      return c.json({ inserted: outcome.inserted } satisfies z.infer<typeof assembledResultSchema>, 200);
    })
    .post('/:matterId/outcome', zValidator('json', outcomeBody, validationError), async (c) => {
      const auth = c.get('auth')!;
      const { refusal, protocol } = await protocolOf(auth, c.req.param('matterId'), ['administrator', 'chair']);
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const { winningProposal } = c.req.valid('json');
      try {
        await rewrite(
          protocol.id,
          (content) => applyOutcome(content, winningProposal, templateOfContent(content, templates)),
          auth.user.id,
        );
      } catch (error) {
        return c.json({ error: error instanceof Error ? error.message : 'Utfallet kunde inte registreras' }, 400);
      }
      await services.versions.capture(protocol.id, { reason: 'outcome', name: null, createdBy: auth.user.id });
      matterEvents.publish(protocol.matterId!, 'outcome', { board: true });
      const administration = winningProposal === ADMINISTRATION_PROPOSAL;
      return c.json({ winningProposal, administration } satisfies z.infer<typeof outcomeResultSchema>, 200);
    });
}
