import { Hono } from 'hono';
import { hashSecretToken, newSecretToken } from '../accounts/secretToken';
import type { AppEnv } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import type { CalendarFeedStore } from '../calendar/CalendarFeedStore';
import { mattersWithDeadlines } from '../calendar/mattersWithDeadlines';
import type { JusteringStore } from '../justering/JusteringStore';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentStore } from '../storage/DocumentStore';

export interface CalendarRouteDependencies {
  feeds: CalendarFeedStore;
  store: DocumentStore;
  organisations: OrganisationStore;
  justering: JusteringStore;
  /** The address users reach Yttra at; without it, the address the request came to. */
  publicUrl: string | undefined;
}

const FEED_TOKEN = /^yc_[A-Za-z0-9_-]{43}$/;

/**
 * `/api/calendar`: each user's deadline feed in iCalendar format. The feed's address carries its own secret
 * (calendar applications send no cookies), is shown once when made, and can be replaced or removed; it lists
 * the matters of the boards the user belongs to now, so leaving a board empties it.
 */
export function calendarRoutes({ feeds, store, organisations, justering, publicUrl }: CalendarRouteDependencies) {
  const originOf = (requestUrl: string) => (publicUrl ?? new URL(requestUrl).origin).replace(/\/$/, '');
  const account = new Hono<AppEnv>()
    .use(requireAuth)
    .get('/', async (c) => c.json({ exists: await feeds.hasFeed(c.get('auth')!.user.id) }))
    .post('/', async (c) => {
      const token = newSecretToken('yc');
      await feeds.setFeed(c.get('auth')!.user.id, hashSecretToken(token), Date.now());
      return c.json({ url: `${originOf(c.req.url)}/api/calendar/${token}/tidsfrister.ics` }, 201);
    })
    .delete('/', async (c) => {
      await feeds.deleteFeed(c.get('auth')!.user.id);
      return c.body(null, 204);
    });
  return new Hono<AppEnv>()
    .get('/:token/tidsfrister.ics', async (c) => {
      const token = c.req.param('token');
      const userId = FEED_TOKEN.test(token) ? await feeds.findFeedUser(hashSecretToken(token)) : undefined;
      if (!userId) return c.json({ error: 'Kalenderadressen finns inte' }, 404);
      const organisationIds = (await organisations.membershipsOf(userId)).map(
        (membership) => membership.organisationId,
      );
      // Loaded on the first feed request: the iCalendar library is some 10 MB a server that serves none never needs.
      const { renderDeadlineCalendar } = await import('../calendar/renderDeadlineCalendar');
      const calendar = renderDeadlineCalendar(
        await mattersWithDeadlines({ store, organisations, justering }, organisationIds, originOf(c.req.url)),
      );
      return c.body(calendar, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'cache-control': 'private, no-store',
      });
    })
    .route('/feed', account);
}
