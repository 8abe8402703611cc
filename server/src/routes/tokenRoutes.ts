import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AccountStore } from '../accounts/AccountStore';
import type { Accounts } from '../accounts/Accounts';
import type { AppEnv } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import { validationError } from './validationError';

const createTokenBody = z.object({ name: z.string().trim().min(1, 'Ge nyckeln ett namn').max(100) });

/** Personal API tokens for scripts: the secret is shown once, at creation. */
export function tokenRoutes(accounts: Accounts, accountStore: AccountStore) {
  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/', async (c) => c.json({ tokens: await accountStore.listApiTokens(c.get('auth')!.user.id) }))
    .post('/', zValidator('json', createTokenBody, validationError), async (c) => {
      const created = await accounts.createApiToken(c.get('auth')!.user.id, c.req.valid('json').name);
      return c.json({ token: created.token, ...created.record }, 201);
    })
    .delete('/:tokenId', async (c) => {
      const deleted = await accountStore.deleteApiToken(c.get('auth')!.user.id, c.req.param('tokenId'));
      return deleted ? c.body(null, 204) : c.json({ error: 'Nyckeln finns inte' }, 404);
    });
}
