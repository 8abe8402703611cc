import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1, port 0: a load balancer in front of several instances (each new connection goes to
 * the next target that accepts it, round robin), or a link to Redis that a test can cut and restore.
 */
export interface TcpProxy {
  port: number;
  url: string;
  /** Drops every open connection and refuses new ones until restored. */
  cut(): void;
  restore(): void;
  /** Targets a new connection may go to; a dead one is skipped because connecting to it fails. */
  setTargets(ports: readonly number[]): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPorts: readonly number[], scheme = 'http'): Promise<TcpProxy> {
  let targets = [...targetPorts];
  let next = 0;
  let cut = false;
  const open = new Set<Socket>();
  const connectTo = (client: Socket, attempt: number) => {
    if (attempt >= targets.length || cut) {
      client.destroy();
      return;
    }
    const port = targets[next++ % targets.length] as number;
    const upstream = connect({ host: '127.0.0.1', port });
    let connected = false;
    upstream.once('error', () => {
      // Not up (killed, not started yet): the next target, as a load balancer's health check would.
      if (!connected) connectTo(client, attempt + 1);
    });
    upstream.once('connect', () => {
      connected = true;
      open.add(upstream);
      client.pipe(upstream).pipe(client);
      client.resume();
      const end = () => {
        client.destroy();
        upstream.destroy();
        open.delete(upstream);
        open.delete(client);
      };
      upstream.on('close', end);
      client.on('close', end);
      upstream.on('error', end);
    });
  };
  const server: Server = createServer({ pauseOnConnect: true }, (client) => {
    open.add(client);
    client.on('error', () => client.destroy());
    connectTo(client, 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `${scheme}://127.0.0.1:${port}`,
    cut() {
      cut = true;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    restore() {
      cut = false;
    },
    setTargets(ports) {
      targets = [...ports];
    },
    close() {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
