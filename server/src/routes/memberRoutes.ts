import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AccessRevocations } from '../access/AccessRevocations';
import type { AccountStore } from '../accounts/AccountStore';
import type { AppEnv, AuthContext } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import type { Logger } from '../log';
import { type OrganisationStore, roles } from '../organisation/OrganisationStore';
import { validationError } from './validationError';

const params = z.object({ organisationId: z.string().min(1).max(64), userId: z.string().min(1).max(64) });
const membershipBody = z.object({
  role: z.enum(roles),
  partyGroupId: z.string().min(1).max(64).nullable(),
});

export interface MemberRouteDependencies {
  organisations: OrganisationStore;
  accountStore: AccountStore;
  revocations: AccessRevocations;
  log: Logger;
}

/**
 * `/api/organisations/:organisationId/members`: the board's administrators give people a role (and party
 * group) or remove them. Every change re-evaluates the person's open channels at once: someone removed from
 * a group stops receiving its drafts the same moment.
 */
export function memberRoutes({ organisations, accountStore, revocations, log }: MemberRouteDependencies) {
  const isAdministrator = (auth: AuthContext, organisationId: string) =>
    auth.memberships.some((m) => m.organisationId === organisationId && m.role === 'administrator');

  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/:organisationId/members', async (c) => {
      const organisationId = c.req.param('organisationId');
      if (!isAdministrator(c.get('auth')!, organisationId)) return c.json({ error: 'Nämnden finns inte' }, 404);
      const members = await organisations.listMembers(organisationId);
      const named = await Promise.all(
        members.map(async (member) => ({ ...member, name: (await accountStore.findUser(member.userId))?.displayName })),
      );
      return c.json({ members: named });
    })
    .put(
      '/:organisationId/members/:userId',
      zValidator('param', params, validationError),
      zValidator('json', membershipBody, validationError),
      async (c) => {
        const auth = c.get('auth')!;
        const { organisationId, userId } = c.req.valid('param');
        if (!isAdministrator(auth, organisationId)) return c.json({ error: 'Nämnden finns inte' }, 404);
        if (userId === auth.user.id) return c.json({ error: 'Du kan inte ändra din egen roll' }, 400);
        if (!(await accountStore.findUser(userId))) return c.json({ error: 'Personen finns inte' }, 404);
        const { role, partyGroupId } = c.req.valid('json');
        const inGroup = role === 'member' || role === 'reviewer';
        if (inGroup !== (partyGroupId !== null)) {
          return c.json({ error: 'Ledamöter och granskare hör till en partigrupp, övriga roller till ingen' }, 400);
        }
        const groups = await organisations.listPartyGroups(organisationId);
        if (partyGroupId !== null && !groups.some((group) => group.id === partyGroupId)) {
          return c.json({ error: 'Okänd partigrupp' }, 400);
        }
        const membership = { organisationId, userId, role, partyGroupId };
        await organisations.setMembership(membership);
        await revocations.accessChanged({ userId });
        log.info({ event: 'membership-changed', by: auth.user.id, ...membership }, 'membership changed');
        return c.json(membership, 200);
      },
    )
    .delete('/:organisationId/members/:userId', zValidator('param', params, validationError), async (c) => {
      const auth = c.get('auth')!;
      const { organisationId, userId } = c.req.valid('param');
      if (!isAdministrator(auth, organisationId)) return c.json({ error: 'Nämnden finns inte' }, 404);
      if (userId === auth.user.id) return c.json({ error: 'Du kan inte ta bort dig själv' }, 400);
      if (!(await organisations.removeMembership(organisationId, userId))) {
        return c.json({ error: 'Personen är inte med i nämnden' }, 404);
      }
      await revocations.accessChanged({ userId });
      log.info({ event: 'membership-removed', by: auth.user.id, organisationId, userId }, 'membership removed');
      return c.body(null, 204);
    });
}
