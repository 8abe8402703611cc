import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { createNodeWebSocket } from '@hono/node-ws';
import type { TemplateRegistry } from '@yttra/editor';
import { SYNC_PATH } from '@yttra/protocol';
import { Hono } from 'hono';
import { ensureErrorEvent } from './http/ensureErrorEvent';
import { jsonErrors } from './http/jsonErrors';
import type { Logger } from './log';
import { documentRoutes } from './routes/documentRoutes';
import { exportRoutes } from './routes/exportRoutes';
import { healthRoutes } from './routes/healthRoutes';
import { syncRoutes } from './routes/syncRoutes';
import { templateRoutes } from './routes/templateRoutes';
import type { DocumentStore } from './storage/DocumentStore';
import type { DocumentRegistry } from './sync/DocumentRegistry';

export interface AppDependencies {
  store: DocumentStore;
  registry: DocumentRegistry;
  log: Logger;
  clientDir: string | undefined;
  templates: TemplateRegistry;
}

export function createApp({ store, registry, log, clientDir, templates }: AppDependencies) {
  ensureErrorEvent();
  const base = new Hono();
  base.onError(jsonErrors(log));
  const nodeWebSocket = createNodeWebSocket({ app: base });
  // WebSocket and API routes come before the static client, so a file can never shadow them.
  const app = base
    .route('/healthz', healthRoutes({ loadedDocuments: () => registry.loadedCount }))
    .route('/api/templates', templateRoutes(templates))
    .route('/api/documents', documentRoutes(store, templates))
    .route('/api/documents', exportRoutes(store, registry, templates))
    .route(SYNC_PATH, syncRoutes(nodeWebSocket.upgradeWebSocket, registry, log));
  app.all('/api/*', (c) => c.json({ error: 'Okänd adress' }, 404));
  if (clientDir) {
    app.use('/*', serveStatic({ root: clientDir }));
    // Client-side routes such as /d/:id get the app shell.
    app.get('/*', serveStatic({ path: join(clientDir, 'index.html') }));
  }
  return { app, nodeWebSocket };
}

export type AppType = ReturnType<typeof createApp>['app'];
