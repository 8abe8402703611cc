import { randomUUID } from 'node:crypto';
import { CloseCode, isValidDocumentId } from '@yttra/protocol';
import { Hono } from 'hono';
import type { WebSocket } from 'ws';
import type { ChannelVerdict } from '../access/ChannelVerdict';
import type { LiveChannel, LiveChannels } from '../access/LiveChannels';
import type { AppEnv } from '../auth/AuthContext';
import type { UpgradeWebSocket } from '../http/createNodeWebSocket';
import { isSameOrigin } from '../http/isSameOrigin';
import type { Logger } from '../log';
import type { DocumentRegistry } from '../sync/DocumentRegistry';
import { type ConnectionAuthorization, SyncConnection } from '../sync/SyncConnection';

export interface SyncRouteDependencies {
  upgradeWebSocket: UpgradeWebSocket;
  registry: DocumentRegistry;
  liveChannels: LiveChannels;
  log: Logger;
}

/** Close codes for a connection refused when it opens: no read access looks exactly like no such document. */
const REFUSED_AT_OPEN = {
  'signed-out': { code: CloseCode.unauthorized, reason: 'not signed in' },
  'no-access': { code: CloseCode.unknownDocument, reason: 'unknown document' },
  'unknown-document': { code: CloseCode.unknownDocument, reason: 'unknown document' },
  unavailable: { code: CloseCode.loadFailed, reason: 'access could not be checked' },
} as const;

/** Close codes for a connection whose access ended while it was open: its user knew the document. */
const REVOKED = {
  'signed-out': { code: CloseCode.unauthorized, reason: 'signed out' },
  'no-access': { code: CloseCode.forbidden, reason: 'access withdrawn' },
  'unknown-document': { code: CloseCode.unknownDocument, reason: 'unknown document' },
  unavailable: { code: CloseCode.loadFailed, reason: 'access could not be checked' },
} as const;

/**
 * `GET /sync/:documentId` upgrades to a y-websocket session. A malformed id, or a malformed or foreign
 * Origin on a cookie upgrade, is refused before upgrading; missing credentials (4401) and documents the caller
 * may not read or that do not exist (4404, alike) close the socket right after it opens, so browser clients
 * can see why. While open, the connection obeys every access change through `LiveChannels`.
 */
export function syncRoutes({ upgradeWebSocket, registry, liveChannels, log }: SyncRouteDependencies) {
  return new Hono<AppEnv>().get(
    '/:documentId',
    async (c, next) => {
      if (!isValidDocumentId(c.req.param('documentId'))) return c.json({ error: 'Ogiltigt dokument-id' }, 400);
      const auth = c.get('auth');
      const origin = c.req.header('origin');
      if (auth?.via === 'session' && origin !== undefined) {
        const same = isSameOrigin(origin, c.req.header('host'));
        if (same === undefined) return c.json({ error: 'Ogiltigt ursprung (Origin)' }, 400);
        if (!same) return c.json({ error: 'Fel ursprung' }, 403);
      }
      await next();
    },
    upgradeWebSocket<AppEnv>((c) => {
      const documentId = c.req.param('documentId') as string;
      const auth = c.get('auth');
      const connectionId = randomUUID();
      let connection: SyncConnection | undefined;
      let channel: LiveChannel | undefined;
      const authorize = async (): Promise<ConnectionAuthorization> => {
        if (!auth || !channel) return { allowed: false, ...REFUSED_AT_OPEN['signed-out'] };
        const verdict = await liveChannels.admit(channel);
        if (!verdict.open) return { allowed: false, ...REFUSED_AT_OPEN[verdict.because] };
        return {
          allowed: true,
          canWrite: verdict.access.write,
          suggestOnly: verdict.access.suggest && !verdict.access.write,
          presenceScope: verdict.presenceScope,
          userId: auth.user.id,
        };
      };
      const obey = (verdict: ChannelVerdict) => {
        if (!connection) return;
        if (verdict.open && verdict.presenceScope === connection.presenceScope) {
          connection.allow({
            canWrite: verdict.access.write,
            suggestOnly: verdict.access.suggest && !verdict.access.write,
          });
          return;
        }
        const { code, reason } = verdict.open
          ? { code: CloseCode.accessChanged, reason: 'access changed, reconnect' }
          : REVOKED[verdict.because];
        connection.close(code, reason);
        // Detached at once, not when the client answers the close: no more edits or presence either way.
        void connection.handleSocketClosed();
      };
      return {
        onOpen(raw: WebSocket) {
          const socket = {
            get readyState() {
              return raw.readyState;
            },
            send: (data: Uint8Array) => raw.send(data),
            close: (code: number, reason: string) => raw.close(code, reason),
          };
          if (auth) {
            channel = {
              kind: 'websocket',
              documentId,
              userId: auth.user.id,
              credential: auth.credential,
              apply: obey,
            };
          }
          connection = new SyncConnection(connectionId, documentId, socket, registry, log, authorize);
          // Debug, not info: one line per connection and per close is noise at a thousand connections.
          log.debug({ documentId, connectionId, userId: auth?.user.id }, 'connection opened');
          void connection.open();
        },
        onMessage(data) {
          connection?.receive(data);
        },
        onClose(code) {
          log.debug({ documentId, connectionId, code }, 'connection closed');
          if (channel) liveChannels.remove(channel);
          void connection?.handleSocketClosed();
        },
        onError(error) {
          log.warn({ documentId, connectionId, err: error }, 'socket error');
        },
      };
    }),
    // Reached only by a plain GET: the upgrade handler above lets anything but a WebSocket upgrade through.
    (c) => c.json({ error: 'Adressen tar bara emot WebSocket-anslutningar' }, 426),
  );
}
