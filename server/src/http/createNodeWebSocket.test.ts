import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createNodeWebSocket, type SocketEvents, type UpgradeGuard } from './createNodeWebSocket';

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/**
 * An app whose /ws upgrades when `?allow` is set, with the given events, served on a free port; `?hang` never
 * answers and `?throw` fails.
 */
async function serve(events: () => SocketEvents, guard?: UpgradeGuard): Promise<string> {
  const app = new Hono();
  const { injectWebSocket, upgradeWebSocket } = createNodeWebSocket(app);
  // An error handler that fails too: the one way `app.request` rejects instead of answering.
  app.onError((error) => {
    throw error;
  });
  app.use('/ws', async (c, next) => {
    if (c.req.query('hang') !== undefined) return new Promise<Response>(() => undefined);
    if (c.req.query('throw') !== undefined) throw new Error('broken');
    return c.req.query('allow') === undefined ? c.json({}, 403) : next();
  });
  app.get(
    '/ws',
    upgradeWebSocket(() => events()),
    (c) => c.text('no upgrade', 426),
  );
  server = createServer();
  server.on('request', async (request, response) => {
    const answer = await app.request(request.url ?? '/');
    response.writeHead(answer.status).end(await answer.text());
  });
  injectWebSocket(server, guard);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws`;
}

/** The HTTP status a refused upgrade answers with. */
function refusalStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const client = new WebSocket(url);
    client.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    client.once('open', () => reject(new Error('upgraded')));
    client.once('error', () => undefined);
  });
}

const silent: SocketEvents = {
  onOpen: () => undefined,
  onMessage: () => undefined,
  onClose: () => undefined,
  onError: () => undefined,
};

describe('createNodeWebSocket', () => {
  it('refuses an upgrade the app does not answer in time (503), says so, and keeps answering others', async () => {
    const stalled: string[] = [];
    const url = await serve(() => silent, {
      answerWithinMs: 200,
      onStalled: (path) => stalled.push(path),
    });
    expect(await refusalStatus(`${url}?hang&token=secret`)).toBe(503);
    expect(stalled).toEqual(['/ws']);
    expect(await refusalStatus(url)).toBe(403);
  });

  it('refuses an upgrade whose handling failed (500), says so, and keeps answering others', async () => {
    const failed: string[] = [];
    const url = await serve(() => silent, { onFailed: (path, error) => failed.push(`${path}: ${String(error)}`) });
    expect(await refusalStatus(`${url}?throw`)).toBe(500);
    expect(failed).toEqual(['/ws: Error: broken']);
    expect(await refusalStatus(url)).toBe(403);
  });

  it('hands each frame over as its own ArrayBuffer or string, and the close code', async () => {
    const received: (ArrayBuffer | string)[] = [];
    let closed: number | undefined;
    const url = await serve(() => ({
      onOpen: (socket) => socket.send(new Uint8Array([7])),
      onMessage: (data) => received.push(data),
      onClose: (code) => {
        closed = code;
      },
      onError: () => undefined,
    }));
    const client = new WebSocket(`${url}?allow`);
    const greeting = await new Promise<Buffer>((resolve) => client.once('message', resolve));
    expect([...greeting]).toEqual([7]);
    client.send(new Uint8Array([1, 2, 3]));
    client.send('text');
    await expect.poll(() => received.length).toBe(2);
    expect(received[0]).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(received[0] as ArrayBuffer)]).toEqual([1, 2, 3]);
    expect((received[0] as ArrayBuffer).byteLength).toBe(3);
    expect(received[1]).toBe('text');
    client.close(4000, 'bye');
    await expect.poll(() => closed).toBe(4000);
  });

  it('answers a refused upgrade with the middleware status and opens nothing', async () => {
    let opened = false;
    const url = await serve(() => ({
      onOpen: () => {
        opened = true;
      },
      onMessage: () => undefined,
      onClose: () => undefined,
      onError: () => undefined,
    }));
    const client = new WebSocket(url);
    const status = await new Promise<number>((resolve) =>
      client.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)),
    );
    expect(status).toBe(403);
    expect(opened).toBe(false);
  });

  it('reports a throwing handler as an error of that socket instead of ending the process', async () => {
    const errors: string[] = [];
    const url = await serve(() => ({
      onOpen: () => undefined,
      onMessage: () => {
        throw new Error('handler failed');
      },
      onClose: () => undefined,
      onError: (error) => errors.push(error.message),
    }));
    const client = new WebSocket(`${url}?allow`);
    await new Promise((resolve) => client.once('open', resolve));
    client.send(new Uint8Array([1]));
    await expect.poll(() => errors).toEqual(['handler failed']);
    client.close();
  });
});
