import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testDatabaseEnvironment } from './testDatabase';

const serverDirectory = fileURLToPath(new URL('../../server', import.meta.url));

/** Every server this test file spawned that has not exited: a hook that timed out must not leave them running. */
const running = new Set<ChildProcess>();

/** Kills what is left of this file's servers (see killSpawnedServersAfterFile.ts). */
export function killSpawnedServers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
  output(): string;
}

/**
 * The server as its own `node` process (not through pnpm, so a signal reaches it directly), on the given
 * port or 0; in PostgreSQL (the data directory's own database) when YTTRA_TEST_DATABASE_URL is set. Resolves
 * once it logged that it is listening.
 */
export async function spawnServer(
  dataDir: string,
  port = 0,
  environment: Record<string, string> = {},
): Promise<ServerProcess> {
  const database = await testDatabaseEnvironment(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDirectory,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...database,
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"event":"listening","port":(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        const listeningPort = Number(match[1]);
        resolve({ child, port: listeningPort, url: `http://127.0.0.1:${listeningPort}`, exited, output: () => output });
      }
    });
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}
