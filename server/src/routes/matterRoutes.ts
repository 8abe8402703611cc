import { zValidator } from '@hono/zod-validator';
import { createDraftBody, createMatterBody, type MatterDetails } from '@yttra/api';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import * as Y from 'yjs';
import { decideAccess } from '../access/decideAccess';
import type { LiveChannel } from '../access/LiveChannels';
import { liveChannelRefusal } from '../access/liveChannelRefusal';
import type { AppEnv, AuthContext } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import { mattersWithDeadlines } from '../calendar/mattersWithDeadlines';
import { closedMatterRefusal } from '../justering/closedMatterRefusal';
import { createDraft } from '../matters/createDraft';
import { createMatter } from '../matters/createMatter';
import { deadlinesOfMatter } from '../matters/deadlinesOfMatter';
import type { MatterViewer } from '../matters/MatterHub';
import type { MatterServices } from '../matters/MatterServices';
import { validationError } from './validationError';

const membershipIn = (auth: AuthContext, organisationId: string) =>
  auth.memberships.find((membership) => membership.organisationId === organisationId);

/** `/api/matters`: the board's matters (ärenden), each with its paragraph and the drafts the caller may see. */
export function matterRoutes(services: MatterServices) {
  const { store, organisations, registry, matterEvents, liveChannels } = services;
  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/', async (c) => {
      const organisationIds = c.get('auth')!.memberships.map((membership) => membership.organisationId);
      const listed = await mattersWithDeadlines(services, organisationIds, new URL(c.req.url).origin);
      return c.json({ matters: listed.map(({ matter, deadlines }) => ({ ...matter, deadlines })) });
    })
    .post('/', zValidator('json', createMatterBody, validationError), async (c) => {
      const body = c.req.valid('json');
      const auth = c.get('auth')!;
      if (membershipIn(auth, body.organisationId)?.role !== 'administrator') {
        return c.json({ error: 'Bara nämndsekreterare kan registrera ärenden' }, 403);
      }
      const organisation = await organisations.getOrganisation(body.organisationId);
      if (!organisation) return c.json({ error: 'Nämnden finns inte' }, 404);
      const created = await createMatter(store, organisations, organisation, {
        caseNumber: body.caseNumber,
        title: body.title,
        kind: body.kind,
        meetingDate: body.meetingDate ?? null,
        replyDeadline: body.replyDeadline ?? null,
      });
      return c.json(created, 201);
    })
    .get('/:matterId', async (c) => {
      const auth = c.get('auth')!;
      const matter = await organisations.getMatter(c.req.param('matterId'));
      const membership = matter && membershipIn(auth, matter.organisationId);
      if (!matter || !membership) return c.json({ error: 'Ärendet finns inte' }, 404);
      const groups = await organisations.listPartyGroups(matter.organisationId);
      const groupName = (id: string) => groups.find((group) => group.id === id)?.name ?? id;
      const documents = [];
      const tabled = [];
      const records = await store.listMatterDocuments(matter.id);
      for (const record of records) {
        const ownerGroupIds = record.role === 'draft' ? await organisations.documentGroups(record.id) : [];
        const suggestOnlyGroupIds =
          record.role === 'draft' ? await organisations.documentSuggestOnlyGroups(record.id) : [];
        const access = decideAccess(auth.memberships, { document: record, ownerGroupIds, suggestOnlyGroupIds });
        const versions = record.role === 'draft' ? await organisations.listTabledVersions(record.id) : [];
        // Tabled versions are public to the whole board; the live draft only to its groups.
        for (const version of versions) {
          tabled.push({
            documentId: record.id,
            title: record.title,
            draftKind: record.draftKind,
            groups: ownerGroupIds.map(groupName),
            version: version.version,
            tabledAt: version.tabledAt,
          });
        }
        // A withdrawn draft is gone from the matter; what it tabled stays above.
        if (!access.read || (record.withdrawnAt ?? null) !== null) continue;
        const latest = versions.at(-1);
        const changedSinceTabled = latest
          ? await registry.withDurableDocument(record.id, (document) => {
              const tabledState = new Y.Doc();
              Y.applyUpdate(tabledState, latest.state);
              // Any edit after tabling advances the draft's state vector past the tabled one.
              const changed = !equalBytes(Y.encodeStateVector(tabledState), Y.encodeStateVector(document.doc));
              tabledState.destroy();
              return changed;
            })
          : false;
        documents.push({
          ...record,
          ownerGroups: ownerGroupIds.map((id) => ({
            id,
            name: groupName(id),
            suggestOnly: suggestOnlyGroupIds.includes(id),
          })),
          access,
          tabledVersions: versions.length,
          changedSinceTabled,
        });
      }
      const details = {
        matter,
        deadlines: await deadlinesOfMatter(
          services.justering,
          matter,
          records.find((record) => record.role === 'protocol'),
        ),
        role: membership.role,
        partyGroupId: membership.partyGroupId,
        partyGroups: groups,
        documents,
        tabled,
        assembled:
          membership.role === 'administrator' || membership.role === 'chair'
            ? await organisations.listAssemblies(documents.find((document) => document.role === 'protocol')?.id ?? '')
            : [],
      } satisfies MatterDetails;
      return c.json(details);
    })
    .get('/:matterId/events', async (c) => {
      const auth = c.get('auth')!;
      const matter = await organisations.getMatter(c.req.param('matterId'));
      const membership = matter && membershipIn(auth, matter.organisationId);
      const protocol =
        matter && (await store.listMatterDocuments(matter.id)).find((record) => record.role === 'protocol');
      if (!matter || !membership || !protocol) return c.json({ error: 'Ärendet finns inte' }, 404);
      let end: (() => void) | undefined;
      let ended = false;
      const stop = () => {
        ended = true;
        end?.();
      };
      const viewer: MatterViewer = { membership, send: () => undefined };
      // A live channel like the WebSocket and the comment stream: whoever may read the matter's paragraph (the
      // board) may listen, and a sign-out, a removal or a new role re-judges the stream at once.
      const channel: LiveChannel = {
        kind: 'matter-events',
        documentId: protocol.id,
        userId: auth.user.id,
        credential: auth.credential,
        apply(verdict) {
          if (!verdict.open) return stop();
          // Still on the board: what it may hear follows its party group as it is now.
          void organisations.membershipsOf(auth.user.id).then((memberships) => {
            const current = memberships.find((candidate) => candidate.organisationId === matter.organisationId);
            if (current) viewer.membership = current;
            else stop();
          }, stop);
        },
      };
      const verdict = await liveChannels.admit(channel);
      if (!verdict.open) {
        // Unreadable and unknown answer alike, as on every document route.
        const { error, status } = liveChannelRefusal(verdict, 'Ärendet finns inte');
        return c.json({ error }, status);
      }
      return streamSSE(c, async (stream) => {
        const stopped = new Promise<void>((resolve) => {
          end = resolve;
          stream.onAbort(resolve);
        });
        if (ended || stream.aborted) end?.();
        let pending = Promise.resolve();
        viewer.send = (event) => {
          if (ended) return;
          pending = pending
            .then(() => stream.writeSSE({ event: 'matter', data: JSON.stringify(event) }))
            .catch(() => undefined);
        };
        const unsubscribe = matterEvents.subscribe(matter.id, viewer);
        // Tells the page it is listening, so it can reload once for anything it missed while connecting.
        await stream.writeSSE({ event: 'ready', data: '' });
        // Keeps proxies from closing an idle stream.
        const ping = setInterval(() => {
          if (!ended && !stream.aborted) void stream.writeSSE({ event: 'ping', data: '' }).catch(stop);
        }, 25_000);
        await stopped;
        ended = true;
        clearInterval(ping);
        unsubscribe();
        liveChannels.remove(channel);
        await pending;
      });
    })
    .post('/:matterId/drafts', zValidator('json', createDraftBody, validationError), async (c) => {
      const auth = c.get('auth')!;
      const matter = await organisations.getMatter(c.req.param('matterId'));
      const membership = matter && membershipIn(auth, matter.organisationId);
      if (!matter || !membership) return c.json({ error: 'Ärendet finns inte' }, 404);
      if (membership.role !== 'member' || !membership.partyGroupId) {
        return c.json({ error: 'Bara ledamöter i en partigrupp kan skriva utkast' }, 403);
      }
      const closed = await closedMatterRefusal(store, matter.id);
      if (closed) return c.json({ error: closed }, 409);
      const draft = await createDraft(store, organisations, matter, membership.partyGroupId, c.req.valid('json'));
      matterEvents.publish(matter.id, 'draft', { partyGroupIds: [membership.partyGroupId] });
      return c.json(draft, 201);
    });
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
