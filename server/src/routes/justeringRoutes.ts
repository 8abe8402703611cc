import { zValidator } from '@hono/zod-validator';
import { correctionBody, justeringPlanBody } from '@yttra/api';
import { addCalendarDays, nextWorkingDay } from '@yttra/domain/deadlines';
import { Hono } from 'hono';
import type { AppEnv } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import { findMatterProtocol } from '../justering/findMatterProtocol';
import { justeringProblems } from '../justering/justeringProblems';
import { justeringView } from '../justering/justeringView';
import { lockParagraph } from '../justering/lockParagraph';
import { readParagraph } from '../justering/readParagraph';
import type { MatterServices } from '../matters/MatterServices';
import { verifyAddress } from '../verify/verifyAddress';
import { validationError } from './validationError';

/**
 * Justering of a matter's paragraph by the people the secretary names: the chair and the justerare each approve
 * in Yttra; the paragraph locks, and its notice is posted, when the last of them has. A rättelse (correction) by
 * the secretary, with its reason recorded, is the only way to reopen a justered paragraph.
 */
export function justeringRoutes(services: MatterServices) {
  const { organisations, justering, registry, templates } = services;
  // Approvals of one paragraph are handled one at a time, so two last signatures cannot both lock it.
  const queues = new Map<string, Promise<unknown>>();
  const oneAtATime = <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
    const settled = run.catch(() => undefined);
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return run;
  };

  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/:matterId/justering', async (c) => {
      const found = await findMatterProtocol(services, c.get('auth')!, c.req.param('matterId'));
      if ('refusal' in found) return c.json({ error: found.refusal.error }, found.refusal.status);
      return c.json(await justeringView(services, found.matter, found.protocol, found.membership), 200);
    })
    .put('/:matterId/justering', zValidator('json', justeringPlanBody, validationError), async (c) => {
      const auth = c.get('auth')!;
      const found = await findMatterProtocol(services, auth, c.req.param('matterId'));
      if ('refusal' in found) return c.json({ error: found.refusal.error }, found.refusal.status);
      const { matter, protocol, membership } = found;
      if (membership.role !== 'administrator') {
        return c.json({ error: 'Bara nämndsekreteraren utser justerare' }, 403);
      }
      if (protocol.approvedAt !== null) {
        return c.json({ error: 'Paragrafen är justerad. Den kan bara öppnas igen genom rättelse.' }, 409);
      }
      const body = c.req.valid('json');
      const members = await organisations.listMembers(matter.organisationId);
      const roleOf = (userId: string) => members.find((member) => member.userId === userId)?.role;
      if (roleOf(body.chairUserId) !== 'chair')
        return c.json({ error: 'Välj ordförande bland nämndens ordförande' }, 400);
      if (!body.justerareUserIds.every((id) => roleOf(id) === 'member')) {
        return c.json({ error: 'Justerare väljs bland nämndens ledamöter' }, 400);
      }
      let plannedDate = body.plannedDate;
      if (matter.meetingDate) {
        // Omedelbar justering happens at the meeting itself.
        if (body.immediate) plannedDate = matter.meetingDate;
        const latest = nextWorkingDay(addCalendarDays(matter.meetingDate, 14));
        if (plannedDate < matter.meetingDate) {
          return c.json({ error: 'Justeringen kan inte ske före sammanträdet' }, 400);
        }
        if (plannedDate > latest) {
          return c.json({ error: `Protokollet ska justeras senast ${latest} (kommunallagen 5 kap. 69 §)` }, 400);
        }
      }
      await justering.setPlan({
        protocolDocumentId: protocol.id,
        plannedDate,
        immediate: body.immediate,
        keptAt: body.keptAt,
        namedBy: auth.user.id,
        namedAt: Date.now(),
        signatories: [
          { userId: body.chairUserId, role: 'chair', approvedAt: null, approvedTextHash: null },
          ...body.justerareUserIds.map((userId) => ({
            userId,
            role: 'justerare' as const,
            approvedAt: null,
            approvedTextHash: null,
          })),
        ],
      });
      services.matterEvents.publish(matter.id, 'justering', { board: true });
      return c.json(await justeringView(services, matter, protocol, membership), 200);
    })
    .post('/:matterId/justering/approve', async (c) => {
      const auth = c.get('auth')!;
      const verifyAt = verifyAddress(services.publicUrl, c.req.url);
      const found = await findMatterProtocol(services, auth, c.req.param('matterId'));
      if ('refusal' in found) return c.json({ error: found.refusal.error }, found.refusal.status);
      const outcome = await oneAtATime(found.protocol.id, async () => {
        // Read again inside the queue: an earlier approval may just have locked it.
        const protocol = (await services.store.getDocument(found.protocol.id))!;
        if (protocol.approvedAt !== null) return { error: 'Paragrafen är redan justerad', status: 409 as const };
        const plan = await justering.getPlan(protocol.id);
        const own = plan?.signatories.find((signatory) => signatory.userId === auth.user.id);
        if (!plan || !own) return { error: 'Du är inte utsedd att justera paragrafen', status: 403 as const };
        const read = await readParagraph(registry, templates, protocol);
        const problems = justeringProblems(read.paragraph);
        if (problems.length > 0) {
          return { error: 'Paragrafen kan inte justeras än', problems, status: 409 as const };
        }
        const now = Date.now();
        await justering.recordApproval(protocol.id, auth.user.id, now, read.textHash);
        const allSigned = plan.signatories.every(
          (signatory) =>
            signatory.userId === auth.user.id ||
            (signatory.approvedAt !== null && signatory.approvedTextHash === read.textHash),
        );
        if (!allSigned) {
          services.matterEvents.publish(found.matter.id, 'justering', { board: true });
          return { protocol };
        }
        // Stop edits first, then make sure the text is still the one everyone approved.
        await registry.updatePeersOf(protocol.id, (peer) => peer.allow({ canWrite: false, suggestOnly: false }));
        const final = await readParagraph(registry, templates, protocol);
        if (final.textHash !== read.textHash) {
          // The freeze was this route's own; the one access decision gives writers back what they may do.
          await services.revocations.accessChanged({ documentId: protocol.id });
          return { protocol };
        }
        await lockParagraph(
          services,
          found.matter,
          protocol,
          plan,
          final.blocks,
          final.paragraph.header,
          verifyAt,
          now,
        );
        // The approved wording, kept in the paragraph's history as its last milestone.
        await services.versions.capture(protocol.id, { reason: 'approved', name: null, createdBy: auth.user.id });
        return { protocol: (await services.store.getDocument(protocol.id))! };
      });
      if ('error' in outcome) {
        const { status, ...body } = outcome;
        return c.json(body, status);
      }
      return c.json(await justeringView(services, found.matter, outcome.protocol, found.membership), 200);
    })
    .post('/:matterId/correction', zValidator('json', correctionBody, validationError), async (c) => {
      const auth = c.get('auth')!;
      const found = await findMatterProtocol(services, auth, c.req.param('matterId'));
      if ('refusal' in found) return c.json({ error: found.refusal.error }, found.refusal.status);
      const { matter, protocol, membership } = found;
      if (membership.role !== 'administrator') {
        return c.json({ error: 'Bara nämndsekreteraren kan rätta en justerad paragraf' }, 403);
      }
      const outcome = await oneAtATime(protocol.id, async () => {
        const current = (await services.store.getDocument(protocol.id))!;
        if (current.approvedAt === null) return { error: 'Paragrafen är inte justerad' };
        await justering.reopen({
          protocolDocumentId: protocol.id,
          correctedBy: auth.user.id,
          correctedAt: Date.now(),
          reason: c.req.valid('json').reason,
          previousChecksum: current.approvedChecksum,
        });
        await organisations.setMatterStatus(matter.id, 'assembling');
        const reopened = (await services.store.getDocument(protocol.id))!;
        await services.revocations.accessChanged({ documentId: protocol.id });
        services.log.info({ event: 'corrected', documentId: protocol.id, by: auth.user.id }, 'paragraph reopened');
        services.matterEvents.publish(matter.id, 'corrected', { board: true });
        return { protocol: reopened };
      });
      if ('error' in outcome) return c.json({ error: outcome.error }, 409);
      return c.json(await justeringView(services, matter, outcome.protocol, membership), 200);
    });
}
