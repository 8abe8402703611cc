import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AccessRevocations } from '../access/AccessRevocations';
import type { Accounts } from '../accounts/Accounts';
import type { AppEnv } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import type { Logger } from '../log';
import { validationError } from './validationError';

const createTokenBody = z.object({ name: z.string().trim().min(1, 'Ge nyckeln ett namn').max(100) });

/** Personal API tokens for scripts: the secret is shown once, at creation. */
export function tokenRoutes(accounts: Accounts, revocations: AccessRevocations, log: Logger) {
  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/', async (c) => c.json({ tokens: await accounts.listApiTokens(c.get('auth')!.user.id) }))
    .post('/', zValidator('json', createTokenBody, validationError), async (c) => {
      const created = await accounts.createApiToken(c.get('auth')!.user.id, c.req.valid('json').name);
      log.info(
        { event: 'token-created', userId: created.record.userId, tokenId: created.record.id },
        'API token created',
      );
      return c.json({ token: created.token, ...created.record }, 201);
    })
    .delete('/:tokenId', async (c) => {
      const tokenId = c.req.param('tokenId');
      if (!(await accounts.deleteApiToken(c.get('auth')!.user.id, tokenId))) {
        return c.json({ error: 'Nyckeln finns inte' }, 404);
      }
      // Whatever the token opened (scripts' WebSockets, streams) ends with it.
      await revocations.accessChanged({ credential: { kind: 'token', id: tokenId } });
      log.info({ event: 'token-deleted', userId: c.get('auth')!.user.id, tokenId }, 'API token deleted');
      return c.body(null, 204);
    });
}
