import WebSocket from 'ws';

export interface RevocationSetup {
  baseUrl: string;
  syncUrl: string;
  documentId: string;
  /** A fresh session cookie value of the user whose channels are revoked. */
  cookie: string;
  csrfToken: string;
  channels: number;
}

export interface RevocationTimes {
  /** Until every WebSocket had the server's close frame and every stream had ended: nothing more arrives. */
  stoppedMs: number;
  /** Until every WebSocket's TCP connection was closed too. */
  closedMs: number;
}

interface OpenSocket {
  /** The server's close frame arrived (ws then leaves the OPEN state). */
  closeFrame: Promise<void>;
  closed: Promise<void>;
}

/** Opens a cookie WebSocket and resolves once the server has sent its first frame. */
function openSocket(url: string, headers: Record<string, string>): Promise<OpenSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    // ws reports no event for an incoming close frame, only the state it moves to.
    const closeFrame = new Promise<void>((done) => {
      const poll = setInterval(() => {
        if (socket.readyState === WebSocket.OPEN) return;
        clearInterval(poll);
        done();
      }, 2);
    });
    socket.once('message', () => resolve({ closeFrame, closed }));
    socket.once('error', reject);
  });
}

/** Opens a comment stream and resolves, once its first event arrived, with its end. */
async function openStream(url: string, headers: Record<string, string>): Promise<{ ended: Promise<void> }> {
  const response = await fetch(url, { headers });
  if (!response.body) throw new Error(`comment stream: ${response.status}`);
  const reader = response.body.getReader();
  await reader.read();
  const ended = (async () => {
    while (!(await reader.read()).done) {
      // Drains until the server ends the stream.
    }
  })();
  return { ended };
}

/**
 * Opens `channels` WebSockets and `channels` comment streams with one session, signs it out, and measures
 * from sending the sign-out until the server had stopped, and then closed, every one of them.
 */
export async function measureRevocation(setup: RevocationSetup): Promise<RevocationTimes> {
  const { baseUrl, syncUrl, documentId, cookie, csrfToken, channels } = setup;
  const headers = { cookie: `yttra_session=${cookie}`, origin: baseUrl };
  const many = <T>(open: () => Promise<T>) => Promise.all(Array.from({ length: channels }, open));
  const sockets = await many(() => openSocket(syncUrl, headers));
  const streams = await many(() => openStream(`${baseUrl}/api/documents/${documentId}/comments/events`, headers));
  const start = performance.now();
  const response = await fetch(`${baseUrl}/api/auth/logout`, {
    method: 'POST',
    headers: { ...headers, 'x-csrf-token': csrfToken },
  });
  if (response.status !== 204) throw new Error(`logout: ${response.status}`);
  await Promise.all([...sockets.map((socket) => socket.closeFrame), ...streams.map((stream) => stream.ended)]);
  const stoppedMs = performance.now() - start;
  await Promise.all(sockets.map((socket) => socket.closed));
  return { stoppedMs, closedMs: performance.now() - start };
}
