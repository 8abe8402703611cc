// Starts Yttra on its embedded default (SQLite in ./data), serving the built client, and makes sure
// there is a document to edit. Used by `pnpm start`; the server itself is server/src/main.ts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const environment = {
  ...process.env,
  CLIENT_DIR: process.env.CLIENT_DIR ?? `${root}client/dist`,
  DATA_DIR: process.env.DATA_DIR ?? `${root}data`,
};
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: `${root}server`,
  env: environment,
  stdio: ['ignore', 'pipe', 'inherit'],
});

let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const match = /"event":"listening","port":(\d+),"url":"([^"]+)"/.exec(chunk.toString());
  if (match && !announced) {
    announced = true;
    announce(match[2]).catch((error) => console.error('Could not prepare a document:', error));
  }
});

async function announce(url) {
  const listed = await (await fetch(`${url}/api/documents?limit=1`)).json();
  let document = listed.documents[0];
  if (!document) {
    const created = await fetch(`${url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Välkommen till Yttra' }),
    });
    document = await created.json();
  }
  const documentUrl = `${url}/d/${document.id}`;
  console.log(`\n  Yttra is running.\n  Start page:  ${url}/\n  A document:  ${documentUrl}\n`);
  if (process.env.DISPLAY && !process.env.CI) {
    spawn('xdg-open', [documentUrl], { stdio: 'ignore', detached: true })
      .on('error', () => undefined)
      .unref();
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
