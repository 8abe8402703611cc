import { expect } from 'vitest';
import { type CommentStream, openCommentStream } from './commentStream';
import { connectClient, type SyncClient, waitFor, waitForSync } from './syncClient';
import type { TestUser } from './testBoard';

export type Via = 'token' | 'cookie';

/** One user's live channels on one document: a y-websocket client (with presence) and a comment stream. */
export interface LiveChannelProbe {
  user: TestUser;
  via: Via;
  client: SyncClient;
  /** Close codes the server sent this client, in order. */
  closes: number[];
  stream: CommentStream;
  destroy(): void;
}

/** Headers that authenticate `user` the way `via` says: a bearer token, or the session cookie. */
export function credentialHeaders(user: TestUser, via: Via): Record<string, string> {
  return via === 'token'
    ? { authorization: `Bearer ${user.token}` }
    : { cookie: `yttra_session=${user.session.cookie}`, 'x-csrf-token': user.session.csrfToken };
}

/**
 * Opens a real WebSocket (y-websocket, with a presence state) and a real comment stream as `user`, and waits
 * until both deliver: the document synced and the first `threads` event arrived.
 */
export async function openLiveChannels(
  baseUrl: string,
  documentId: string,
  user: TestUser,
  via: Via,
): Promise<LiveChannelProbe> {
  const client = connectClient(
    baseUrl,
    documentId,
    user.token,
    via === 'cookie' ? { cookie: user.session.cookie } : {},
  );
  const closes: number[] = [];
  client.provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  const stream = await openCommentStream(baseUrl, documentId, credentialHeaders(user, via));
  expect(stream.status).toBe(200);
  await waitForSync(client);
  await waitFor(() => stream.received.length > 0, 5_000, 'the first comment event');
  client.provider.awareness.setLocalStateField('user', { name: user.email });
  return {
    user,
    via,
    client,
    closes,
    stream,
    destroy() {
      client.destroy();
      stream.close();
    },
  };
}

/** Whether `observer` currently sees the presence (awareness state) of `observed`. */
export function seesPresence(observer: LiveChannelProbe, observed: LiveChannelProbe): boolean {
  return observer.client.provider.awareness.getStates().has(observed.client.doc.clientID);
}
