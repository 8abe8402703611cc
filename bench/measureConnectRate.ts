import WebSocket from 'ws';

export interface ConnectCredentials {
  token?: string;
  /** A session cookie value, sent with our own Origin as a browser would. */
  cookie?: string;
  origin: string;
}

/**
 * WebSocket connections per second until the server's first sync frame (credentials resolved, access
 * decided, document acquired), `concurrency` at a time, each closed once it has that frame.
 */
export async function measureConnectRate(
  syncUrl: string,
  credentials: ConnectCredentials,
  total: number,
  concurrency: number,
): Promise<number> {
  const headers: Record<string, string> = credentials.cookie
    ? { cookie: `yttra_session=${credentials.cookie}`, origin: credentials.origin }
    : {};
  const url = credentials.token ? `${syncUrl}?token=${encodeURIComponent(credentials.token)}` : syncUrl;
  const connectOnce = () =>
    new Promise<void>((resolve, reject) => {
      const socket = new WebSocket(url, { headers });
      let answered = false;
      socket.once('message', () => {
        answered = true;
        socket.close();
      });
      socket.once('close', (code) =>
        answered ? resolve() : reject(new Error(`closed with ${code} before the first frame`)),
      );
      socket.once('error', reject);
    });
  let started = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < total) {
        started += 1;
        await connectOnce();
      }
    }),
  );
  return total / ((performance.now() - start) / 1000);
}
