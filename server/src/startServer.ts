import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { CloseCode } from '@yttra/protocol';
import { Accounts } from './accounts/Accounts';
import { createApp } from './app';
import { createCluster } from './cluster/createCluster';
import type { ServerConfig } from './config';
import { keepAlive } from './http/keepAlive';
import type { Logger } from './log';
import { createSeedContent } from './matters/createSeedContent';
import { prepareDraftDocument } from './matters/prepareDraftDocument';
import { ServerMetrics } from './metrics/ServerMetrics';
import type { OrganisationStore } from './organisation/OrganisationStore';
import { demoBoard, demoEmail } from './setup/demoBoard';
import { seedDemoData } from './setup/seedDemoData';
import { answersWithin } from './storage/answersWithin';
import type { DocumentStore } from './storage/DocumentStore';
import { openStorage } from './storage/openStorage';
import type { Storage } from './storage/Storage';
import { UpdateWriter } from './storage/UpdateWriter';
import { DocumentRegistry } from './sync/DocumentRegistry';
import { loadTemplates } from './templates/loadTemplates';
import { VersionService } from './versions/VersionService';

export interface RunningServer {
  port: number;
  url: string;
  store: DocumentStore;
  /** Every store, on SQLite or PostgreSQL. */
  storage: Storage;
  organisations: OrganisationStore;
  accounts: Accounts;
  registry: DocumentRegistry;
  writer: UpdateWriter;
  metrics: ServerMetrics;
  instanceId: string;
  versions: VersionService;
  /** Stops accepting, closes every socket, writes what was accepted, closes storage. */
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig, log: Logger): Promise<RunningServer> {
  const storage = await openStorage(config, log);
  const { documents: store, organisations, accounts: accountStore, comments } = storage;
  const accounts = new Accounts(accountStore, { sessionTtlMs: config.sessionTtlHours * 3_600_000 });
  // The gauges read these when scraped; they are all assigned before the server accepts anything.
  let registry: DocumentRegistry | undefined;
  let writer: UpdateWriter | undefined;
  let liveChannelCount = () => 0;
  let redisReady: () => boolean | undefined = () => undefined;
  const metrics = new ServerMetrics({
    connections: () => registry?.connectionCount ?? 0,
    documentsLoaded: () => registry?.loadedCount ?? 0,
    writeQueueDepth: () => writer?.depth ?? 0,
    liveChannels: () => liveChannelCount(),
    redisReady: () => redisReady(),
  });
  const cluster = await createCluster(
    {
      redisUrl: config.redisUrl,
      redisPrefix: config.redisPrefix,
      instanceId: config.instanceId,
      loginMaxFailures: config.loginMaxFailures,
      accessSweepIntervalMs: config.accessSweepIntervalMs,
    },
    log,
    metrics,
  );
  redisReady = cluster.redisReady;
  writer = new UpdateWriter(store, (seconds, entries) => {
    metrics.durableWrite.observe(seconds);
    metrics.durableWriteBatch.observe(entries);
  });
  const templates = loadTemplates(config.templatesDir);
  registry = new DocumentRegistry(store, writer, log, {
    compactAfterUpdates: config.compactAfterUpdates,
    seedContent: createSeedContent(organisations, templates),
    prepare: prepareDraftDocument(organisations),
    relay: cluster.relay,
    lock: cluster.lock,
    catchUpIntervalMs: config.catchUpIntervalMs,
    metrics,
  });
  const versions = new VersionService(storage.versions, registry, log, config.versionQuietMs);
  // Instances starting together against an empty database take turns here: the first seeds, the rest find it.
  if (
    config.mode === 'demo' &&
    (await storage.exclusively('demoSeed', () =>
      seedDemoData({ organisations, accounts, store, registry, templates, comments, versions }, config.demoPassword),
    ))
  ) {
    log.info(
      { event: 'demo-data', accounts: demoBoard.accounts.map((account) => demoEmail(account.key)) },
      'demo board created',
    );
  }
  const oidc = config.oidc;
  // The OpenID Connect client loads only where sign-in through it is configured.
  const mountOidc = oidc ? (await import('./auth/mountOidc')).mountOidc : undefined;
  const { app, nodeWebSocket, liveChannels } = createApp({
    store,
    organisations,
    accounts,
    accountStore,
    rateLimiters: cluster.rateLimiters,
    registry,
    log,
    clientDir: config.clientDir,
    templates,
    secureCookies: config.secureCookies,
    publicUrl: config.publicUrl,
    comments,
    commentHub: cluster.commentEvents,
    matterHub: cluster.matterEvents,
    revocationsFor: cluster.revocationsFor,
    metrics: { registry: metrics, token: config.metricsToken },
    calendarFeeds: storage.calendarFeeds,
    justering: storage.justering,
    databaseReady: () => answersWithin(() => storage.check(), 2_000),
    redisReady: cluster.redisReady,
    versions,
    ...(oidc && mountOidc ? { mount: (target) => mountOidc(target, oidc, accounts, config.secureCookies) } : {}),
  });
  liveChannelCount = () => liveChannels.size;
  // The frame limit comes from the configuration, which the app does not see; it is set before any upgrade.
  nodeWebSocket.wss.options.maxPayload = config.maxMessageBytes;
  const stopKeepAlive = keepAlive(nodeWebSocket.wss, config.pingIntervalMs);

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(started));
  });
  nodeWebSocket.injectWebSocket(server, {
    onStalled: (path, afterMs) => log.warn({ path, afterMs }, 'WebSocket upgrade not answered in time: refused (503)'),
    onFailed: (path, error) => log.error({ path, err: String(error) }, 'WebSocket upgrade failed: refused (500)'),
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      stopKeepAlive();
      liveChannels.stop();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await versions.stop();
      await registry.closeAll(CloseCode.goingAway, 'server shutting down');
      for (const socket of nodeWebSocket.wss.clients) socket.terminate();
      if ('closeAllConnections' in server) server.closeAllConnections();
      await stopped;
      await writer.drain();
      await cluster.close();
      await accounts.close();
      await storage.close();
    })();
    return closing;
  };
  return {
    port,
    url,
    store,
    storage,
    organisations,
    accounts,
    registry,
    writer,
    metrics,
    instanceId: cluster.instanceId,
    versions,
    close,
  };
}
