import { zValidator } from '@hono/zod-validator';
import { renderPlainText } from '@yttra/domain';
import { documentToJSON } from '@yttra/editor';
import { CloseCode } from '@yttra/protocol';
import { Hono } from 'hono';
import * as Y from 'yjs';
import { z } from 'zod';
import { decideAccess } from '../access/decideAccess';
import { resolveDocumentAccess } from '../access/resolveDocumentAccess';
import type { AppEnv } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import { renderDocument } from '../export/renderDocument';
import type { MatterServices } from '../matters/MatterServices';
import { validationError } from './validationError';

const shareBody = z.object({ partyGroupIds: z.array(z.string().min(1)).min(1).max(20) });

/** A party group's draft: share it with a coalition, table it (lämna in), withdraw it, read its tabled versions. */
export function draftRoutes(services: MatterServices) {
  const { store, organisations, registry, templates, accountStore } = services;

  /** The draft if the caller may write it (a member of an owning group); otherwise the refusal. */
  async function ownDraft(memberships: Parameters<typeof resolveDocumentAccess>[2], documentId: string) {
    const resolved = await resolveDocumentAccess(store, organisations, memberships, documentId);
    if (resolved?.record.role !== 'draft') return { refusal: { error: 'Utkastet finns inte', status: 404 as const } };
    if (!resolved.access.write)
      return { refusal: { error: 'Du har inte behörighet till utkastet', status: 403 as const } };
    return { resolved };
  }

  return new Hono<AppEnv>()
    .use(requireAuth)
    .put('/:documentId/groups', zValidator('json', shareBody, validationError), async (c) => {
      const auth = c.get('auth')!;
      const { refusal, resolved } = await ownDraft(auth.memberships, c.req.param('documentId'));
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const { partyGroupIds } = c.req.valid('json');
      const own = auth.memberships.find((membership) => membership.organisationId === resolved.record.organisationId);
      if (!own?.partyGroupId || !partyGroupIds.includes(own.partyGroupId)) {
        return c.json({ error: 'Din egen partigrupp måste ha kvar tillgång till utkastet' }, 400);
      }
      const known = new Set(
        (await organisations.listPartyGroups(resolved.record.organisationId ?? '')).map((g) => g.id),
      );
      if (!partyGroupIds.every((id) => known.has(id))) return c.json({ error: 'Okänd partigrupp' }, 400);
      await organisations.setDocumentGroups(resolved.record.id, partyGroupIds);
      // Groups that lost the draft lose their live connections too.
      await registry.updatePeersOf(resolved.record.id, async (peer) => {
        const memberships = peer.userId ? await organisations.membershipsOf(peer.userId) : [];
        const access = decideAccess(memberships, { document: resolved.record, ownerGroupIds: partyGroupIds });
        if (!access.read) peer.close(CloseCode.forbidden, 'access withdrawn');
      });
      return c.json({ partyGroupIds }, 200);
    })
    .delete('/:documentId', async (c) => {
      // Withdrawn (återkallat) by a group that writes it: gone for everyone, its tabled versions kept for the board.
      const auth = c.get('auth')!;
      const { refusal, resolved } = await ownDraft(auth.memberships, c.req.param('documentId'));
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      await store.markWithdrawn(resolved.record.id, Date.now());
      await registry.updatePeersOf(resolved.record.id, (peer) =>
        peer.close(CloseCode.unknownDocument, 'draft withdrawn'),
      );
      return c.body(null, 204);
    })
    .post('/:documentId/table', async (c) => {
      const auth = c.get('auth')!;
      const { refusal, resolved } = await ownDraft(auth.memberships, c.req.param('documentId'));
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const snapshot = await registry.withDurableDocument(resolved.record.id, (document) => ({
        json: documentToJSON(document.doc),
        state: Y.encodeStateAsUpdate(document.doc),
      }));
      const version = await organisations.addTabledVersion({
        documentId: resolved.record.id,
        tabledAt: Date.now(),
        tabledBy: auth.user.id,
        contentJson: JSON.stringify(snapshot.json),
        state: snapshot.state,
      });
      return c.json({ version: version.version, tabledAt: version.tabledAt }, 201);
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
        if (!decideAccess(auth.memberships, { document: record, ownerGroupIds }).read) {
          return c.json({ error: 'Utkastet finns inte' }, 404);
        }
      }
      const tabled = await Promise.all(
        versions.map(async (version) => {
          const content = JSON.parse(version.contentJson);
          // The same rendering as the draft's downloads, without the title and matter lines the page shows.
          const { blocks: rendered } = await renderDocument(record, content, organisations, templates);
          const blocks = rendered.filter((block) => !['title', 'caseNumber'].includes(block.kind));
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
      return c.json({ documentId: record.id, title: record.title, draftKind: record.draftKind, tabled }, 200);
    });
}
