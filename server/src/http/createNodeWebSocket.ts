import type { IncomingMessage, Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Http2SecureServer, Http2Server } from 'node:http2';
import type { Duplex } from 'node:stream';
import type { Context, Env, Hono, MiddlewareHandler } from 'hono';
import { type WebSocket, WebSocketServer } from 'ws';

/** What a route does with one upgraded socket; every callback gets only what it needs, not the request. */
export interface SocketEvents {
  onOpen(socket: WebSocket): void;
  /** A binary frame as its own ArrayBuffer, or a text frame as a string. */
  onMessage(data: ArrayBuffer | string): void;
  onClose(code: number): void;
  onError(error: Error): void;
}

/** Middleware that upgrades a WebSocket request; `createEvents` runs during the request, with its context. */
export type UpgradeWebSocket = <E extends Env>(createEvents: (c: Context<E>) => SocketEvents) => MiddlewareHandler<E>;

interface NodeBindings {
  incoming: IncomingMessage;
  outgoing: undefined;
  [UPGRADE]?: symbol;
}

const UPGRADE = Symbol('upgrade');

/** What happens to an upgrade the app does not answer: refused after `answerWithinMs`, and said. */
export interface UpgradeGuard {
  answerWithinMs?: number;
  /** The app had not answered in time (the path only: a query may carry a token). */
  onStalled?: (path: string, afterMs: number) => void;
  /** The app threw instead of answering. */
  onFailed?: (path: string, error: unknown) => void;
}

/**
 * WebSockets for a Hono app on Node.js, in the shape of @hono/node-ws (the upgrade request runs through the app,
 * so authentication middleware decides), but an open socket keeps nothing of its request: @hono/node-ws's
 * per-socket closures hold the Hono context, its Request and Headers and the IncomingMessage for the socket's
 * whole life (about 5 KB each, measured with heap snapshots at 300 connections), and wrap every frame in a
 * MessageEvent. Compression stays off: permessage-deflate costs a zlib context per socket.
 */
export function createNodeWebSocket<E extends Env>(app: Hono<E>) {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const waiting = new Map<IncomingMessage, { upgrade: symbol; events: SocketEvents }>();

  const injectWebSocket = (server: Server | Http2Server | Http2SecureServer, guard: UpgradeGuard = {}) => {
    const answerWithinMs = guard.answerWithinMs ?? 15_000;
    server.on('upgrade', async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      // An upgrade nobody answers leaves its client "connecting" for good (WebSocket clients have no handshake
      // timeout): whatever the app waits for, the client hears a refusal in time and tries again.
      let answered = false;
      const answer = (status: number) => {
        if (answered) return;
        answered = true;
        socket.end(
          `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
        );
      };
      const timer = setTimeout(() => {
        waiting.delete(request);
        answer(503);
        guard.onStalled?.(url.pathname, answerWithinMs);
      }, answerWithinMs);
      const headers = new Headers();
      for (const key in request.headers) {
        const value = request.headers[key];
        if (value) headers.append(key, Array.isArray(value) ? (value[0] as string) : value);
      }
      const bindings: NodeBindings = { incoming: request, outgoing: undefined };
      let response: Response;
      try {
        response = await app.request(url, { headers }, bindings as never);
      } catch (error) {
        clearTimeout(timer);
        waiting.delete(request);
        answer(500);
        guard.onFailed?.(url.pathname, error);
        return;
      }
      clearTimeout(timer);
      const waiter = waiting.get(request);
      waiting.delete(request);
      if (answered) return;
      if (!waiter || waiter.upgrade !== bindings[UPGRADE]) {
        answer(response.status);
        return;
      }
      answered = true;
      wss.handleUpgrade(request, socket, head, (ws) => {
        wss.emit('connection', ws, request);
        attach(ws, waiter.events);
      });
    });
  };

  const upgradeWebSocket: UpgradeWebSocket = (createEvents) => async (c, next) => {
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') return next();
    const bindings = c.env as unknown as NodeBindings;
    const upgrade = Symbol('connection');
    bindings[UPGRADE] = upgrade;
    waiting.set(bindings.incoming, { upgrade, events: createEvents(c) });
    return new Response();
  };

  return { wss, injectWebSocket, upgradeWebSocket };
}

/** Wires one socket to its events; a separate function so its closures see only the socket and the events. */
function attach(ws: WebSocket, events: SocketEvents): void {
  // A throwing handler must not escape into ws's socket callbacks, where it would end the process.
  const guarded = (run: () => void) => {
    try {
      run();
    } catch (error) {
      events.onError(error instanceof Error ? error : new Error(String(error)));
    }
  };
  guarded(() => events.onOpen(ws));
  ws.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
    const parts = Array.isArray(data) ? data : [data];
    for (const part of parts) {
      // Each binary frame gets an ArrayBuffer of its own, never a view into a larger socket read.
      const message: ArrayBuffer | string = !isBinary
        ? part.toString()
        : part instanceof ArrayBuffer
          ? part
          : (part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength) as ArrayBuffer);
      guarded(() => events.onMessage(message));
    }
  });
  ws.on('close', (code: number) => guarded(() => events.onClose(code)));
  ws.on('error', (error: Error) => {
    try {
      events.onError(error);
    } catch {
      // Nothing is left to tell: the socket is failing and its error could not even be logged.
    }
  });
}
