import { randomUUID } from 'node:crypto';
import { isValidDocumentId } from '@yttra/protocol';
import { Hono } from 'hono';
import type { UpgradeWebSocket } from 'hono/ws';
import type { WebSocket } from 'ws';
import type { Logger } from '../log';
import type { DocumentRegistry } from '../sync/DocumentRegistry';
import { SyncConnection } from '../sync/SyncConnection';

/** `GET /sync/:documentId` upgrades to a y-websocket session; a malformed id is refused before upgrading. */
export function syncRoutes(upgradeWebSocket: UpgradeWebSocket<WebSocket>, registry: DocumentRegistry, log: Logger) {
  return new Hono().get(
    '/:documentId',
    async (c, next) => {
      if (!isValidDocumentId(c.req.param('documentId'))) return c.json({ error: 'Ogiltigt dokument-id' }, 400);
      await next();
    },
    upgradeWebSocket((c) => {
      const documentId = c.req.param('documentId') as string;
      const connectionId = randomUUID();
      let connection: SyncConnection | undefined;
      return {
        onOpen(_event, ws) {
          const raw = ws.raw as WebSocket;
          const socket = {
            get readyState() {
              return raw.readyState;
            },
            send: (data: Uint8Array) => raw.send(data),
            close: (code: number, reason: string) => raw.close(code, reason),
          };
          connection = new SyncConnection(connectionId, documentId, socket, registry, log);
          log.info({ documentId, connectionId }, 'connection opened');
          void connection.open();
        },
        onMessage(event) {
          connection?.receive(event.data as ArrayBuffer | string);
        },
        onClose(event) {
          log.info({ documentId, connectionId, code: event.code }, 'connection closed');
          void connection?.handleSocketClosed();
        },
        onError(event) {
          log.warn({ documentId, connectionId, err: event }, 'socket error');
        },
      };
    }),
  );
}
