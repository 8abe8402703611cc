import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { CloseCode } from '@yttra/protocol';
import { createApp } from './app';
import type { ServerConfig } from './config';
import { keepAlive } from './http/keepAlive';
import type { Logger } from './log';
import type { DocumentStore } from './storage/DocumentStore';
import { SqliteDocumentStore } from './storage/SqliteDocumentStore';
import { UpdateWriter } from './storage/UpdateWriter';
import { DocumentRegistry } from './sync/DocumentRegistry';
import { loadTemplates } from './templates/loadTemplates';

export interface RunningServer {
  port: number;
  url: string;
  store: DocumentStore;
  registry: DocumentRegistry;
  writer: UpdateWriter;
  /** Stops accepting, closes every socket, writes what was accepted, closes storage. */
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig, log: Logger): Promise<RunningServer> {
  const store = new SqliteDocumentStore(join(config.dataDir, 'yttra.sqlite'));
  const writer = new UpdateWriter(store);
  const templates = loadTemplates(config.templatesDir);
  const registry = new DocumentRegistry(store, writer, log, {
    compactAfterUpdates: config.compactAfterUpdates,
    templates,
  });
  const { app, nodeWebSocket } = createApp({ store, registry, log, clientDir: config.clientDir, templates });
  // @hono/node-ws builds its WebSocketServer without options; the frame limit must be set before any upgrade.
  nodeWebSocket.wss.options.maxPayload = config.maxMessageBytes;
  const stopKeepAlive = keepAlive(nodeWebSocket.wss, config.pingIntervalMs);

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(started));
  });
  nodeWebSocket.injectWebSocket(server);
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      stopKeepAlive();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await registry.closeAll(CloseCode.goingAway, 'server shutting down');
      for (const socket of nodeWebSocket.wss.clients) socket.terminate();
      if ('closeAllConnections' in server) server.closeAllConnections();
      await stopped;
      await writer.drain();
      await store.close();
    })();
    return closing;
  };
  return { port, url, store, registry, writer, close };
}
