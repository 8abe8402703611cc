import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { TemplateRegistry } from '@yttra/editor';
import { SYNC_PATH } from '@yttra/protocol';
import { Hono } from 'hono';
import type { AccessRevocations } from './access/AccessRevocations';
import { createChannelJudge } from './access/createChannelJudge';
import { LiveChannels } from './access/LiveChannels';
import type { AccountStore } from './accounts/AccountStore';
import type { Accounts } from './accounts/Accounts';
import type { LoginRateLimiter } from './accounts/LoginRateLimiter';
import type { AppEnv } from './auth/AuthContext';
import { authenticate } from './auth/authenticate';
import type { CalendarFeedStore } from './calendar/CalendarFeedStore';
import type { CommentEvents } from './comments/CommentEvents';
import type { CommentStore } from './comments/CommentStore';
import { boundedBodies } from './http/boundedBodies';
import { createNodeWebSocket } from './http/createNodeWebSocket';
import { jsonErrors } from './http/jsonErrors';
import type { JusteringStore } from './justering/JusteringStore';
import type { Logger } from './log';
import type { MatterEvents } from './matters/MatterEvents';
import type { ServerMetrics } from './metrics/ServerMetrics';
import type { OrganisationStore } from './organisation/OrganisationStore';
import { assemblyRoutes } from './routes/assemblyRoutes';
import { authRoutes } from './routes/authRoutes';
import { calendarRoutes } from './routes/calendarRoutes';
import { commentRoutes } from './routes/commentRoutes';
import { documentRoutes } from './routes/documentRoutes';
import { draftRoutes } from './routes/draftRoutes';
import { exportRoutes } from './routes/exportRoutes';
import { healthRoutes } from './routes/healthRoutes';
import { justeringRoutes } from './routes/justeringRoutes';
import { matterRoutes } from './routes/matterRoutes';
import { memberRoutes } from './routes/memberRoutes';
import { metricsRoutes } from './routes/metricsRoutes';
import { noticeBoardApiRoutes, noticeBoardPageRoutes } from './routes/noticeBoardRoutes';
import { paragraphRoutes } from './routes/paragraphRoutes';
import { staffReportRoutes } from './routes/staffReportRoutes';
import { syncRoutes } from './routes/syncRoutes';
import { templateRoutes } from './routes/templateRoutes';
import { tokenRoutes } from './routes/tokenRoutes';
import { verifyPageRoutes, verifyRoutes } from './routes/verifyRoutes';
import { versionRoutes } from './routes/versionRoutes';
import type { DocumentStore } from './storage/DocumentStore';
import type { DocumentRegistry } from './sync/DocumentRegistry';
import type { VersionService } from './versions/VersionService';

export interface AppDependencies {
  store: DocumentStore;
  organisations: OrganisationStore;
  accounts: Accounts;
  accountStore: AccountStore;
  rateLimiters: { perAccount: LoginRateLimiter; perAddress: LoginRateLimiter };
  registry: DocumentRegistry;
  log: Logger;
  clientDir: string | undefined;
  templates: TemplateRegistry;
  secureCookies: boolean;
  /** PUBLIC_URL: where users reach the server, for addresses printed in exports. */
  publicUrl?: string | undefined;
  comments: CommentStore;
  commentHub: CommentEvents;
  matterHub: MatterEvents;
  calendarFeeds: CalendarFeedStore;
  justering: JusteringStore;
  /** How access changes reach the channels of every instance; this instance's channels alone by default. */
  revocationsFor?: (channels: LiveChannels) => AccessRevocations;
  metrics?: { registry: ServerMetrics; token: string | undefined };
  /** Whether the database answers now, for `/healthz/ready`; always ready when not given. */
  databaseReady?: () => Promise<boolean>;
  /** Whether Redis is connected, for `/healthz/ready`; undefined when Redis is not configured. */
  redisReady?: () => boolean | undefined;
  versions: VersionService;
  /** Extra routes mounted before the API's catch-all, e.g. OIDC sign-in when configured. */
  mount?: (app: Hono<AppEnv>) => void;
}

export function createApp(dependencies: AppDependencies) {
  const { store, organisations, accounts, accountStore, registry, log, clientDir, templates } = dependencies;
  const base = new Hono<AppEnv>();
  base.onError(jsonErrors(log));
  base.notFound((c) => c.json({ error: 'Okänd adress' }, 404));
  // Before anything reads a body (authentication included): an oversized one is refused unread.
  base.use('*', boundedBodies());
  const nodeWebSocket = createNodeWebSocket(base);
  // Every live channel (WebSocket, comment stream) is opened and kept open by this one decision.
  const liveChannels = new LiveChannels(createChannelJudge({ accounts, organisations, store }), log);
  const revocations = dependencies.revocationsFor?.(liveChannels) ?? liveChannels;
  // Static files need no identity; everything that reads or changes data does.
  const identify = authenticate({ accounts, organisations });
  base.use('/api/*', identify);
  base.use(`${SYNC_PATH}/*`, identify);
  const { justering, versions } = dependencies;
  const services = {
    store,
    organisations,
    registry,
    templates,
    accounts,
    accountStore,
    log,
    matterEvents: dependencies.matterHub,
    revocations,
    liveChannels,
    justering,
    versions,
    publicUrl: dependencies.publicUrl,
  };
  // WebSocket and API routes come before the static client, so a file can never shadow them.
  const app = base
    .route(
      '/healthz',
      healthRoutes({
        loadedDocuments: () => registry.loadedCount,
        databaseReady: dependencies.databaseReady ?? (async () => true),
        redisReady: dependencies.redisReady ?? (() => undefined),
      }),
    )
    .route(
      '/api/auth',
      authRoutes({
        accounts,
        organisations,
        rateLimiters: dependencies.rateLimiters,
        secureCookies: dependencies.secureCookies,
        oidcEnabled: dependencies.mount !== undefined,
        revocations,
        log,
      }),
    )
    .route('/api/tokens', tokenRoutes(accounts, revocations, log))
    .route('/api/organisations', memberRoutes({ organisations, accountStore, revocations, log }))
    .route('/api/templates', templateRoutes(templates))
    .route('/api/verify', verifyRoutes(store, organisations))
    .route('/verify', verifyPageRoutes(store, organisations))
    .route('/api/anslagstavla', noticeBoardApiRoutes(services))
    .route('/anslagstavla', noticeBoardPageRoutes(services))
    .route(
      '/api/calendar',
      calendarRoutes({
        feeds: dependencies.calendarFeeds,
        store,
        organisations,
        justering,
        publicUrl: dependencies.publicUrl,
      }),
    )
    .route('/api/matters', matterRoutes(services))
    .route('/api/matters', assemblyRoutes(services))
    .route('/api/matters', justeringRoutes(services))
    .route('/api/matters', staffReportRoutes(services))
    .route('/api/documents', documentRoutes(store, organisations, templates))
    .route(
      '/api/documents',
      exportRoutes(store, organisations, registry, templates, {
        comments: dependencies.comments,
        accountStore,
        publicUrl: dependencies.publicUrl,
      }),
    )
    .route('/api/documents', draftRoutes(services))
    .route('/api/documents', versionRoutes(services))
    .route('/api', paragraphRoutes(services))
    .route(
      '/api/documents',
      commentRoutes({
        store,
        organisations,
        comments: dependencies.comments,
        accountStore,
        hub: dependencies.commentHub,
        liveChannels,
      }),
    )
    .route(SYNC_PATH, syncRoutes({ upgradeWebSocket: nodeWebSocket.upgradeWebSocket, registry, liveChannels, log }));
  const { metrics } = dependencies;
  if (metrics) app.route('/metrics', metricsRoutes(metrics.registry, metrics.token));
  dependencies.mount?.(app);
  app.all('/api/*', (c) => c.json({ error: 'Okänd adress' }, 404));
  if (clientDir) {
    app.use('/*', serveStatic({ root: clientDir }));
    // Client-side routes such as /d/:id get the app shell.
    app.get('/*', serveStatic({ path: join(clientDir, 'index.html') }));
  }
  return { app, nodeWebSocket, liveChannels };
}

export type AppType = ReturnType<typeof createApp>['app'];
