import type { AddressInfo } from 'node:net';
import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1, port 0, in front of one server, that can hold back what browsers send over the sync
 * socket (a connection whose first bytes ask for /sync/): the edits leave the browser, the server does not get them
 * until `release`. HTTP requests and everything the server sends pass at once.
 */
export interface HeldUplinkProxy {
  url: string;
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

export async function startHeldUplinkProxy(targetPort: number): Promise<HeldUplinkProxy> {
  let holding = false;
  const held: { upstream: Socket; chunk: Buffer }[] = [];
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    open.add(client);
    open.add(upstream);
    let sync: boolean | undefined;
    client.on('data', (chunk: Buffer) => {
      sync ??= chunk.subarray(0, 64).toString('latin1').includes(' /sync/');
      if (sync && holding) held.push({ upstream, chunk });
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on('close', end);
      socket.on('error', end);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      for (const { upstream, chunk } of held.splice(0)) if (!upstream.destroyed) upstream.write(chunk);
    },
    close() {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
