import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYNC_PATH } from '@yttra/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { hocuspocusSocket } from './hocuspocusSocket';
import { emptySyncStep1, type JoinWire, yWebsocketStep2 } from './joinAtSocket';
import { memoryMb } from './measure';

const here = fileURLToPath(new URL('.', import.meta.url));
// YTTRA_SERVER_DIR=<another checkout's server/> runs that build instead, to compare two builds with one bench.
const serverDirectory = process.env.YTTRA_SERVER_DIR ?? fileURLToPath(new URL('../../server', import.meta.url));

/** Pins a command to one core where `taskset` exists, so server and load generator do not share one. */
const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
export const pinned = hasTaskset;

export interface PeerServer {
  name: string;
  /** Where a y-websocket client connects for `documentName` (the provider appends the room itself). */
  serverUrl: string;
  /** The WebSocket class the y-websocket provider must use against this server. */
  socketClass(documentName: string): typeof WebSocket;
  /** Creates a document and returns the room name clients use for it. */
  createDocument(title: string): Promise<string>;
  /** How a bare client joins `room` on the wire, for timing joins at the socket. */
  joinWire(room: string): JoinWire;
  /** Client parameters (credentials) for the provider. */
  params: Record<string, string>;
  pid(): number;
  /** RSS of the fresh process a second after it started listening, before any request. */
  baselineRssMb: number;
  /** RSS of the same process once it has sat idle for 30 s after listening (Yttra has signed in once). */
  idleRssMb(): Promise<number>;
  /** Stops the process and starts it again on the same data (nothing survives for in-memory peers). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

interface Started {
  child: ChildProcess;
  port: number;
  baselineRssMb: number;
  idleRssMb(): Promise<number>;
}

/** Idle long enough for V8's memory reducer to give start-up memory back: it first looks 8 s after a full collection
 * and waits 8 s more each time it finds the process allocating (seen at 7–15 s after a sign-in). */
const IDLE_AFTER_LISTENING_MS = 30_000;

function startProcess(
  command: string,
  args: string[],
  cwd: string,
  environment: Record<string, string>,
  listening: RegExp,
): Promise<Started> {
  const [file, ...rest] = hasTaskset ? ['taskset', '-c', '0', command, ...args] : [command, ...args];
  const child = spawn(file as string, rest, {
    cwd,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let listened = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${output}`)), 30_000);
    // Output keeps being read (and dropped) so a chatty server never blocks on a full pipe.
    const read = (chunk: Buffer) => {
      if (output.length < 100_000) output += chunk.toString();
      const match = listening.exec(output);
      if (match && !listened) {
        listened = true;
        const listenedAt = performance.now();
        clearTimeout(timer);
        const idleRssMb = async () => {
          const left = IDLE_AFTER_LISTENING_MS - (performance.now() - listenedAt);
          if (left > 0) await new Promise((wait) => setTimeout(wait, left));
          return memoryMb(child.pid as number).rss;
        };
        setTimeout(() => {
          if (child.exitCode === null && child.signalCode === null) {
            resolve({ child, port: Number(match[1]), baselineRssMb: memoryMb(child.pid as number).rss, idleRssMb });
          }
        }, 1_000);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code, signal) => {
      reject(new Error(`${command} exited (${code}):\n${output}`));
      if (code !== 0 && signal !== 'SIGTERM')
        console.error(`${command} ${args.join(' ')} exited (${code ?? signal}):\n${output.slice(-3000)}`);
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

let nextRoom = 0;

function yWebsocketWire(path: string, headers: Record<string, string>): JoinWire {
  return { path, headers, opening: [emptySyncStep1()], syncStep2Offset: yWebsocketStep2 };
}

/** Hocuspocus: every message starts with the document name; an auth message goes first; step 2 may come as a sync reply. */
function hocuspocusWire(room: string): JoinWire {
  const prefixed = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, room);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  const auth = prefixed((encoder) => {
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarString(encoder, '');
  });
  const step1 = prefixed((encoder) => encoding.writeUint8Array(encoder, emptySyncStep1()));
  return {
    path: '/',
    headers: {},
    opening: [auth, step1],
    syncStep2Offset(head) {
      const decoder = decoding.createDecoder(head);
      try {
        decoding.readVarString(decoder);
        const type = decoding.readVarUint(decoder);
        if (type !== 0 && type !== 4) return undefined;
        if (decoding.readVarUint(decoder) !== 1) return undefined;
        return decoder.pos;
      } catch {
        return undefined;
      }
    },
  };
}

function memoryPeer(name: string, script: string, hocuspocus: boolean): () => Promise<PeerServer> {
  return async () => {
    let started = await startProcess(process.execPath, [join(here, script)], here, {}, /listening on (\d+)/);
    return {
      name,
      get serverUrl() {
        return `ws://127.0.0.1:${started.port}`;
      },
      socketClass: (documentName) => (hocuspocus ? hocuspocusSocket(documentName) : WebSocket),
      createDocument: async (title) => `${title.replace(/\W+/g, '-')}-${nextRoom++}`,
      joinWire: (room) => (hocuspocus ? hocuspocusWire(room) : yWebsocketWire(`/${room}`, {})),
      params: {},
      pid: () => started.child.pid as number,
      baselineRssMb: started.baselineRssMb,
      idleRssMb: started.idleRssMb,
      async restart() {
        await stopProcess(started.child);
        started = await startProcess(process.execPath, [join(here, script)], here, {}, /listening on (\d+)/);
      },
      stop: () => stopProcess(started.child),
    };
  };
}

export const startYWebsocketServer = memoryPeer('@y/websocket-server', 'ywebsocketServer.mjs', false);
export const startHocuspocus = memoryPeer('Hocuspocus', 'hocuspocusServer.mjs', true);

/** The command `pnpm start` runs the server with, read from the server package so the bench runs what ships. */
function yttraCommand(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(serverDirectory, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [node, ...args] = (scripts.start as string).split(' ');
  if (node !== 'node') throw new Error(`unexpected server start script: ${scripts.start}`);
  return args;
}

/** Yttra as shipped: durable SQLite, demo board, signed in with a session cookie as a browser is. */
export async function startYttra(): Promise<PeerServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yttra-peers-'));
  const environment = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir };
  // YTTRA_CPU_PROF=<dir> writes a V8 CPU profile of each Yttra process there when it stops.
  const profile = process.env.YTTRA_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.YTTRA_CPU_PROF}`] : [];
  const launch = () =>
    startProcess(
      process.execPath,
      [...profile, ...yttraCommand()],
      serverDirectory,
      environment,
      /"event":"listening","port":(\d+)/,
    );
  let started = await launch();
  const base = () => `http://127.0.0.1:${started.port}`;
  const login = await fetch(`${base()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'sekreterare@demo.yttra.se', password: 'yttra-demo' }),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  return {
    name: 'Yttra',
    get serverUrl() {
      return `ws://127.0.0.1:${started.port}${SYNC_PATH}`;
    },
    socketClass: () => CookieSocket,
    joinWire: (room) => yWebsocketWire(`${SYNC_PATH}/${room}`, { cookie }),
    async createDocument(title) {
      const response = await fetch(`${base()}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ title, kind: 'text' }),
      });
      if (response.status !== 201) throw new Error(`create document: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    },
    params: {},
    pid: () => started.child.pid as number,
    baselineRssMb: started.baselineRssMb,
    idleRssMb: started.idleRssMb,
    async restart() {
      await stopProcess(started.child);
      started = await launch();
    },
    async stop() {
      await stopProcess(started.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
