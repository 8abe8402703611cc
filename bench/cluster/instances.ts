import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDirectory = fileURLToPath(new URL('../../server', import.meta.url));

export interface Instance {
  child: ChildProcess;
  url: string;
  /** CPU seconds (user + system) the process has used so far. */
  cpuSeconds(): number;
  rssBytes(): number;
}

export interface Storage {
  label: string;
  environment: Record<string, string>;
  dispose(): void;
}

/** A fresh SQLite data directory, or a fresh PostgreSQL database on the given server (dropped by dispose). */
export function freshStorage(server: string | undefined): Storage {
  const dataDir = mkdtempSync(join(tmpdir(), 'yttra-bench-cluster-'));
  if (!server) {
    return {
      label: 'SQLite (one file, WAL)',
      environment: { DATA_DIR: dataDir },
      dispose: () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `yttra_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  execFileSync('psql', [server, '-qc', `CREATE DATABASE ${name}`]);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    label: 'PostgreSQL',
    environment: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    dispose() {
      execFileSync('psql', [server, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One real server process (`node --import tsx src/main.ts`), on port 0; resolves once it listens. */
export function startInstance(environment: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDirectory,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...environment },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`instance exited (${code}) before listening:\n${output}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (output.length < 100_000) output += chunk.toString();
      const match = /"event":"listening","port":(\d+)/.exec(output);
      if (match && child.pid) {
        const pid = child.pid;
        output = '';
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume();
        resolve({
          child,
          url: `http://127.0.0.1:${match[1]}`,
          cpuSeconds: () => {
            const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
            // utime and stime (fields 14 and 15 of the whole line) in clock ticks of 1/100 s.
            return (Number(fields[11]) + Number(fields[12])) / 100;
          },
          rssBytes: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024,
        });
      }
    });
  });
}

export async function stopInstances(instances: readonly Instance[]): Promise<void> {
  await Promise.all(
    instances.map(
      (instance) =>
        new Promise<void>((resolve) => {
          instance.child.removeAllListeners('exit');
          instance.child.once('exit', () => resolve());
          instance.child.kill('SIGTERM');
        }),
    ),
  );
}
