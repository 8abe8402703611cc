import { zValidator } from '@hono/zod-validator';
import { isIsoDate } from '@yttra/domain';
import { Hono } from 'hono';
import * as Y from 'yjs';
import { z } from 'zod';
import { decideAccess } from '../access/decideAccess';
import type { AppEnv, AuthContext } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import { createMatter } from '../matters/createMatter';
import type { MatterServices } from '../matters/MatterServices';
import { draftKinds } from '../storage/DocumentStore';
import { newDocumentRecord } from '../storage/newDocumentRecord';
import { newDocumentId } from './newDocumentId';
import { validationError } from './validationError';

const isoDate = z.string().refine(isIsoDate, 'Ange datumet som ÅÅÅÅ-MM-DD');
const createMatterBody = z.object({
  organisationId: z.string().min(1),
  caseNumber: z.string().trim().min(1, 'Ange diarienumret').max(40),
  title: z.string().trim().min(1, 'Ange ärendemeningen').max(300),
  kind: z.string().trim().min(1).max(120).default('Yttrande till kommunstyrelsen'),
  meetingDate: isoDate.optional(),
  replyDeadline: isoDate.optional(),
});
const createDraftBody = z.object({
  title: z.string().trim().min(1, 'Ge utkastet en titel').max(200),
  draftKind: z.enum(draftKinds),
});

const membershipIn = (auth: AuthContext, organisationId: string) =>
  auth.memberships.find((membership) => membership.organisationId === organisationId);

/** `/api/matters`: the board's matters (ärenden), each with its paragraph and the drafts the caller may see. */
export function matterRoutes(services: MatterServices) {
  const { store, organisations, registry } = services;
  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/', async (c) => {
      const organisationIds = c.get('auth')!.memberships.map((membership) => membership.organisationId);
      return c.json({ matters: await organisations.listMatters(organisationIds) });
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
      for (const record of await store.listMatterDocuments(matter.id)) {
        const ownerGroupIds = record.role === 'draft' ? await organisations.documentGroups(record.id) : [];
        const access = decideAccess(auth.memberships, { document: record, ownerGroupIds });
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
          ownerGroups: ownerGroupIds.map((id) => ({ id, name: groupName(id) })),
          access,
          tabledVersions: versions.length,
          changedSinceTabled,
        });
      }
      return c.json({
        matter,
        role: membership.role,
        partyGroupId: membership.partyGroupId,
        partyGroups: groups,
        documents,
        tabled,
        assembled:
          membership.role === 'administrator' || membership.role === 'chair'
            ? await organisations.listAssemblies(documents.find((document) => document.role === 'protocol')?.id ?? '')
            : [],
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
      const organisation = await organisations.getOrganisation(matter.organisationId);
      const { title, draftKind } = c.req.valid('json');
      const draft = newDocumentRecord({
        id: newDocumentId(),
        title,
        kind: 'protocol',
        templateId: organisation?.templateId ?? null,
        organisationId: matter.organisationId,
        matterId: matter.id,
        role: 'draft',
        draftKind,
      });
      await store.createDocument(draft);
      await organisations.setDocumentGroups(draft.id, [membership.partyGroupId]);
      return c.json(draft, 201);
    });
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
