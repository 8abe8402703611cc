import { randomUUID } from 'node:crypto';
import { CloseCode, isValidDocumentId } from '@yttra/protocol';
import { Hono } from 'hono';
import type { UpgradeWebSocket } from 'hono/ws';
import type { WebSocket } from 'ws';
import { presenceScope } from '../access/presenceScope';
import { resolveDocumentAccess } from '../access/resolveDocumentAccess';
import type { AppEnv, AuthContext } from '../auth/AuthContext';
import type { Logger } from '../log';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentStore } from '../storage/DocumentStore';
import type { DocumentRegistry } from '../sync/DocumentRegistry';
import { type ConnectionAuthorization, SyncConnection } from '../sync/SyncConnection';

export interface SyncRouteDependencies {
  upgradeWebSocket: UpgradeWebSocket<WebSocket>;
  registry: DocumentRegistry;
  store: DocumentStore;
  organisations: OrganisationStore;
  log: Logger;
}

/**
 * `GET /sync/:documentId` upgrades to a y-websocket session. A malformed id is refused before upgrading;
 * missing credentials (4401), no read access (4403) and unknown documents (4404) close the socket right after
 * it opens, so browser clients can see why. A cookie-authenticated upgrade must come from our own origin.
 */
export function syncRoutes({ upgradeWebSocket, registry, store, organisations, log }: SyncRouteDependencies) {
  return new Hono<AppEnv>().get(
    '/:documentId',
    async (c, next) => {
      if (!isValidDocumentId(c.req.param('documentId'))) return c.json({ error: 'Ogiltigt dokument-id' }, 400);
      const auth = c.get('auth');
      const origin = c.req.header('origin');
      if (auth?.via === 'session' && origin && new URL(origin).host !== c.req.header('host')) {
        return c.json({ error: 'Fel ursprung' }, 403);
      }
      await next();
    },
    upgradeWebSocket((c) => {
      const documentId = c.req.param('documentId') as string;
      const auth = c.get('auth');
      const connectionId = randomUUID();
      const authorize = () => authorizeConnection(auth, documentId, store, organisations);
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
          connection = new SyncConnection(connectionId, documentId, socket, registry, log, authorize);
          // Debug, not info: one line per connection and per close is noise at a thousand connections.
          log.debug({ documentId, connectionId, userId: auth?.user.id }, 'connection opened');
          void connection.open();
        },
        onMessage(event) {
          connection?.receive(event.data as ArrayBuffer | string);
        },
        onClose(event) {
          log.debug({ documentId, connectionId, code: event.code }, 'connection closed');
          void connection?.handleSocketClosed();
        },
        onError(event) {
          log.warn({ documentId, connectionId, err: event }, 'socket error');
        },
      };
    }),
  );
}

async function authorizeConnection(
  auth: AuthContext | undefined,
  documentId: string,
  store: DocumentStore,
  organisations: OrganisationStore,
): Promise<ConnectionAuthorization> {
  if (!auth) return { allowed: false, code: CloseCode.unauthorized, reason: 'not signed in' };
  const resolved = await resolveDocumentAccess(store, organisations, auth.memberships, documentId);
  if (!resolved) return { allowed: false, code: CloseCode.unknownDocument, reason: 'unknown document' };
  if (!resolved.access.read) return { allowed: false, code: CloseCode.forbidden, reason: 'no access' };
  const membership = auth.memberships.find((candidate) => candidate.organisationId === resolved.record.organisationId);
  return {
    allowed: true,
    canWrite: resolved.access.write,
    // Everyone who may read a draft is in one of its groups (a coalition): they see each other's carets.
    presenceScope: resolved.record.role === 'draft' ? `draft:${documentId}` : presenceScope(membership),
    userId: auth.user.id,
  };
}
