import { zValidator } from '@hono/zod-validator';
import {
  type Comparison,
  compareQuery,
  type createdVersionSchema,
  createVersionBody,
  type VersionDetails,
  type versionListSchema,
} from '@yttra/api';
import { documentToJSON, documentToText } from '@yttra/editor';
import { isValidDocumentId } from '@yttra/protocol';
import { type Context, Hono } from 'hono';
import * as Y from 'yjs';
import type { z } from 'zod';
import { documentRefusal } from '../access/documentRefusal';
import { resolveDocumentAccess } from '../access/resolveDocumentAccess';
import type { AppEnv } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import type { MatterServices } from '../matters/MatterServices';
import { authorLookup } from '../versions/authorLookup';
import { compareStates } from '../versions/compareStates';
import { isOlderState } from '../versions/isOlderState';
import { personFinder } from '../versions/personFinder';
import { versionLabel } from '../versions/versionLabel';
import { versionView } from '../versions/versionView';
import { validationError } from './validationError';

interface ComparedSide {
  ref: string;
  label: string;
  createdAt: number;
  state: Uint8Array;
}

/**
 * A document's versions (issue 12): list, name one, read one, compare two, restore one. Access is the document's
 * own: whoever may read it reads its history (reviewers too), an unreadable or unknown document is 404 alike, and
 * only writers name or restore — never in an approved paragraph, whose history stays read-only.
 */
export function versionRoutes(
  services: Pick<MatterServices, 'store' | 'organisations' | 'registry' | 'accountStore' | 'versions'>,
) {
  const { store, organisations, registry, accountStore, versions } = services;

  async function documentFor(c: Context<AppEnv>, need: 'read' | 'write') {
    const documentId = c.req.param('documentId') ?? '';
    if (!isValidDocumentId(documentId)) return { refusal: { error: 'Dokumentet finns inte', status: 404 as const } };
    const resolved = await resolveDocumentAccess(store, organisations, c.get('auth')!.memberships, documentId);
    const refusal = documentRefusal(resolved, 'read');
    if (refusal || !resolved) return { refusal: refusal ?? { error: 'Dokumentet finns inte', status: 404 as const } };
    if (need === 'write' && !resolved.access.write) {
      if (resolved.record.approvedAt !== null) {
        return { refusal: { error: 'Paragrafen är justerad: historiken kan bara läsas', status: 409 as const } };
      }
      return { refusal: { error: 'Du har inte behörighet', status: 403 as const } };
    }
    return { resolved };
  }

  async function sideOf(documentId: string, ref: string): Promise<ComparedSide | undefined> {
    if (ref === 'now') {
      const state = await registry.withDurableDocument(documentId, (document) => Y.encodeStateAsUpdate(document.doc));
      return { ref, label: 'Nu', createdAt: Date.now(), state };
    }
    const tabled = /^tabled-(\d+)$/.exec(ref);
    if (tabled) {
      const number = Number(tabled[1]);
      const found = (await organisations.listTabledVersions(documentId)).find((entry) => entry.version === number);
      return found && { ref, label: `Inlämnad version ${number}`, createdAt: found.tabledAt, state: found.state };
    }
    const version = await versions.getVersion(documentId, ref);
    return version && { ref, label: versionLabel(version), createdAt: version.createdAt, state: version.state };
  }

  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/:documentId/versions', async (c) => {
      const { refusal, resolved } = await documentFor(c, 'read');
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const findPerson = personFinder(accountStore);
      const listed = await versions.store.listVersions(resolved.record.id);
      const answer = { versions: await Promise.all(listed.map((version) => versionView(version, findPerson))) };
      return c.json(answer satisfies z.infer<typeof versionListSchema>, 200);
    })
    .post('/:documentId/versions', zValidator('json', createVersionBody, validationError), async (c) => {
      const { refusal, resolved } = await documentFor(c, 'write');
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const userId = c.get('auth')!.user.id;
      const version = await versions.capture(resolved.record.id, {
        reason: 'named',
        name: c.req.valid('json').name,
        createdBy: userId,
      });
      const answer = { version: await versionView(version, personFinder(accountStore)) };
      return c.json(answer satisfies z.infer<typeof createdVersionSchema>, 201);
    })
    .get('/:documentId/compare', zValidator('query', compareQuery, validationError), async (c) => {
      const { refusal, resolved } = await documentFor(c, 'read');
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const { from, to } = c.req.valid('query');
      const sides = await Promise.all([sideOf(resolved.record.id, from), sideOf(resolved.record.id, to)]);
      if (!sides[0] || !sides[1]) return c.json({ error: 'Versionen finns inte' }, 404);
      // The older side first, whichever order they were asked in: additions are what came after.
      let [older, newer] = sides;
      if (
        !isOlderState(older.state, newer.state) ||
        (isOlderState(newer.state, older.state) && newer.createdAt < older.createdAt)
      ) {
        [older, newer] = [newer, older];
      }
      const authorship = await versions.store.authorship(resolved.record.id);
      const compared = compareStates(older.state, newer.state, authorLookup(authorship));
      const findPerson = personFinder(accountStore);
      const side = ({ ref, label, createdAt }: ComparedSide) => ({ ref, label, createdAt });
      const answer: Comparison = {
        from: side(older),
        to: side(newer),
        blocks: compared.blocks,
        authors: await Promise.all(compared.authorIds.map(findPerson)),
        changes: compared.changes,
      };
      return c.json(answer, 200);
    })
    .get('/:documentId/versions/:versionId', async (c) => {
      const { refusal, resolved } = await documentFor(c, 'read');
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const version = await versions.getVersion(resolved.record.id, c.req.param('versionId'));
      if (!version) return c.json({ error: 'Versionen finns inte' }, 404);
      const scratch = new Y.Doc();
      Y.applyUpdate(scratch, version.state);
      const answer: VersionDetails = {
        version: await versionView(version, personFinder(accountStore)),
        content: documentToJSON(scratch),
        text: documentToText(scratch),
      };
      scratch.destroy();
      return c.json(answer, 200);
    })
    .post('/:documentId/versions/:versionId/restore', async (c) => {
      const { refusal, resolved } = await documentFor(c, 'write');
      if (refusal) return c.json({ error: refusal.error }, refusal.status);
      const target = await versions.getVersion(resolved.record.id, c.req.param('versionId'));
      if (!target) return c.json({ error: 'Versionen finns inte' }, 404);
      const userId = c.get('auth')!.user.id;
      const restored = await versions.restore(resolved.record.id, target, versionLabel(target), userId);
      const answer = { version: await versionView(restored, personFinder(accountStore)) };
      return c.json(answer satisfies z.infer<typeof createdVersionSchema>, 201);
    });
}
