import { SYNC_PATH } from '@yttra/protocol';
import WebSocket from 'ws';

export interface RawSocket {
  socket: WebSocket;
  received: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
}

/** A bare WebSocket to the sync endpoint, for sending frames no y-websocket client would send. */
export async function openRawSocket(
  baseUrl: string,
  documentId: string,
  credentials: { token?: string; cookie?: string; origin?: string; answerPings?: boolean } = {},
): Promise<RawSocket> {
  const query = credentials.token ? `?token=${encodeURIComponent(credentials.token)}` : '';
  const headers: Record<string, string> = {};
  if (credentials.cookie) headers.cookie = `yttra_session=${credentials.cookie}`;
  if (credentials.origin) headers.origin = credentials.origin;
  // answerPings: false plays a peer that vanished without closing (a sleeping laptop, a cut cable).
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${SYNC_PATH}/${documentId}${query}`, {
    headers,
    autoPong: credentials.answerPings ?? true,
  });
  const received: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, received, closed };
}

/** Resolves with the HTTP status the server answered an upgrade request with. */
export function upgradeRefusal(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => reject(new Error('upgrade unexpectedly accepted')));
    socket.on('error', () => undefined);
  });
}
