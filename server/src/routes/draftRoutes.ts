import { zValidator } from '@hono/zod-validator';
import { shareDraftBody, type sharedResultSchema, type TabledVersions, type tabledResultSchema } from '@yttra/api';
import { renderPlainText } from '@yttra/domain';
import { Hono } from 'hono';
import type { z } from 'zod';
import { decideAccess } from '../access/decideAccess';
import { documentRefusal } from '../access/documentRefusal';
import { resolveDocumentAccess } from '../access/resolveDocumentAccess';
import type { AppEnv } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import { DRAFT_MARK, renderDocument } from '../export/renderDocument';
import { closedMatterRefusal } from '../justering/closedMatterRefusal';
import type { MatterServices } from '../matters/MatterServices';
import { tableDraft } from '../matters/tableDraft';
import { validationError } from './validationError';

/** A party group's draft: share it with a coalition, table it (lämna in), withdraw it, read its tabled versions. */
export function draftRoutes(services: MatterServices) {
  const { store, organisations, registry, templates, accountStore, matterEvents, revocations, log } = services;

  /** The draft if the caller may write it (a member of an owning group); otherwise the refusal. */
  async function ownDraft(memberships: Parameters<typeof resolveDocumentAccess>[2], documentId: string) {
    const resolved = await resolveDocumentAccess(store, organisations, memberships, documentId);
    const refusal = documentRefusal(
      resolved?.record.role === 'draft' ? resolved : undefined,
      'write',
      'Utkastet finns inte',
    );
    if (refusal || !resolved) return { refusal: refusal ?? { error: 'Utkastet finns inte', status: 404 as const } };
    return { resolved };
  }

  return new Hono<AppEnv>()
    .use(requireAuth)
    .put('/:documentId/groups', zValidator('json', shareDraftBody, validationError), async (c) => {
      const auth = c.get('auth')!;
      const { refusal, resolved } = await ownDraft(auth.memberships, c.req.param('documentId'));
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const closed = await closedMatterRefusal(store, resolved.record.matterId);
      if (closed) return c.json({ error: closed }, 409);
      const { partyGroupIds, suggestOnlyGroupIds = [] } = c.req.valid('json');
      const own = auth.memberships.find((membership) => membership.organisationId === resolved.record.organisationId);
      if (!own?.partyGroupId || !partyGroupIds.includes(own.partyGroupId)) {
        return c.json({ error: 'Din egen partigrupp måste ha kvar tillgång till utkastet' }, 400);
      }
      const known = new Set(
        (await organisations.listPartyGroups(resolved.record.organisationId ?? '')).map((g) => g.id),
      );
      if (!partyGroupIds.every((id) => known.has(id))) return c.json({ error: 'Okänd partigrupp' }, 400);
      if (!suggestOnlyGroupIds.every((id) => partyGroupIds.includes(id))) {
        return c.json({ error: 'En grupp som bara får föreslå ändringar måste också ha tillgång till utkastet' }, 400);
      }
      if (suggestOnlyGroupIds.includes(own.partyGroupId)) {
        return c.json({ error: 'Din egen partigrupp måste kunna skriva i utkastet' }, 400);
      }
      await organisations.setDocumentGroups(resolved.record.id, partyGroupIds, suggestOnlyGroupIds);
      // Groups that gain the draft see it appear, groups that lose it see it go; nobody else hears of it.
      const audience = [...new Set([...resolved.ownerGroupIds, ...partyGroupIds])];
      if (resolved.record.matterId)
        matterEvents.publish(resolved.record.matterId, 'draft', { partyGroupIds: audience });
      // Groups that lost the draft lose their live channels too (WebSocket, comment stream).
      await revocations.accessChanged({ documentId: resolved.record.id });
      log.info(
        { event: 'draft-shared', documentId: resolved.record.id, by: auth.user.id, partyGroupIds, suggestOnlyGroupIds },
        'draft shared',
      );
      return c.json({ partyGroupIds, suggestOnlyGroupIds } satisfies z.infer<typeof sharedResultSchema>, 200);
    })
    .delete('/:documentId', async (c) => {
      // Withdrawn (återkallat) by a group that writes it: gone for everyone, its tabled versions kept for the board.
      const auth = c.get('auth')!;
      const { refusal, resolved } = await ownDraft(auth.memberships, c.req.param('documentId'));
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      await store.markWithdrawn(resolved.record.id, Date.now());
      // Gone for everyone: every open channel on it is re-judged and closes as for an unknown document.
      await revocations.accessChanged({ documentId: resolved.record.id });
      if (resolved.record.matterId) {
        matterEvents.publish(resolved.record.matterId, 'draft', { partyGroupIds: resolved.ownerGroupIds });
      }
      log.info({ event: 'draft-withdrawn', documentId: resolved.record.id, by: auth.user.id }, 'draft withdrawn');
      return c.body(null, 204);
    })
    .post('/:documentId/table', async (c) => {
      const auth = c.get('auth')!;
      const { refusal, resolved } = await ownDraft(auth.memberships, c.req.param('documentId'));
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const closed = await closedMatterRefusal(store, resolved.record.matterId);
      if (closed) return c.json({ error: closed }, 409);
      const version = await tableDraft(registry, organisations, resolved.record, auth.user.id, services.versions);
      if (resolved.record.matterId) matterEvents.publish(resolved.record.matterId, 'tabled', { board: true });
      const tabled = { version: version.version, tabledAt: version.tabledAt };
      return c.json(tabled satisfies z.infer<typeof tabledResultSchema>, 201);
    })
    .get('/:documentId/tabled', async (c) => {
      const auth = c.get('auth')!;
      const record = await store.getDocument(c.req.param('documentId'));
      const inBoard = auth.memberships.some((membership) => membership.organisationId === record?.organisationId);
      if (record?.role !== 'draft' || !inBoard) return c.json({ error: 'Utkastet finns inte' }, 404);
      const versions = await organisations.listTabledVersions(record.id);
      // Until a draft is tabled, even its existence stays with its own groups.
      if (versions.length === 0) {
        const ownerGroupIds = await organisations.documentGroups(record.id);
        // Read access does not depend on suggest-only sharing.
        if (!decideAccess(auth.memberships, { document: record, ownerGroupIds, suggestOnlyGroupIds: [] }).read) {
          return c.json({ error: 'Utkastet finns inte' }, 404);
        }
      }
      const tabled = await Promise.all(
        versions.map(async (version) => {
          const content = JSON.parse(version.contentJson);
          // The same rendering as the draft's downloads, without the title and matter lines the page shows.
          const { blocks: rendered } = await renderDocument(record, content, organisations, templates);
          const blocks = rendered.filter(
            (block) =>
              !['title', 'caseNumber'].includes(block.kind) && !(block.kind === 'text' && block.text === DRAFT_MARK),
          );
          const tabledBy = await accountStore.findUser(version.tabledBy);
          return {
            version: version.version,
            tabledAt: version.tabledAt,
            tabledBy: tabledBy?.displayName ?? '',
            text: renderPlainText(blocks),
            content,
          };
        }),
      );
      const answer = { documentId: record.id, title: record.title, draftKind: record.draftKind, tabled };
      return c.json(answer satisfies TabledVersions, 200);
    });
}
