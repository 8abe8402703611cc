import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Pings every connection each interval and terminates one that has not answered the previous ping, so
 * a vanished client (sleeping laptop, cut network) releases its document and presence.
 */
export function keepAlive(wss: WebSocketServer, intervalMs: number): () => void {
  const answered = new WeakMap<WebSocket, boolean>();
  wss.on('connection', (socket: WebSocket) => {
    answered.set(socket, true);
    socket.on('pong', () => answered.set(socket, true));
  });
  const timer = setInterval(() => {
    for (const socket of wss.clients) {
      if (answered.get(socket) === false) {
        socket.terminate();
        continue;
      }
      answered.set(socket, false);
      socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
