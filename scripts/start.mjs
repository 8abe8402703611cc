// Starts Yttra on its embedded default (SQLite in ./data), serving the built client, and makes sure
// there is a document to edit. Used by `pnpm start`; the server itself is server/src/main.ts, built to server/dist.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const environment = {
  ...process.env,
  CLIENT_DIR: process.env.CLIENT_DIR ?? `${root}client/dist`,
  DATA_DIR: process.env.DATA_DIR ?? `${root}data`,
};
// Plain JavaScript built by `pnpm build` (server/dist): no TypeScript loader in production. Without
// --enable-source-maps: keeping the maps parsed costs about 10 MB of heap for the server's whole life. The maps are
// still built beside the bundle; NODE_OPTIONS=--enable-source-maps gives TypeScript positions when debugging.
const server = spawn(process.execPath, ['dist/main.js'], {
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
  const demoPassword = process.env.DEMO_PASSWORD ?? 'yttra-demo';
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'sekreterare@demo.yttra.se', password: demoPassword }),
  });
  if (login.status !== 200) {
    console.log(
      `\n  Yttra is running at ${url}/ (no demo board: create an administrator with pnpm admin:bootstrap).\n`,
    );
    return;
  }
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const matters = (await (await fetch(`${url}/api/matters`, { headers: { cookie } })).json()).matters;
  const matter =
    matters[0] && (await (await fetch(`${url}/api/matters/${matters[0].id}`, { headers: { cookie } })).json());
  const paragraph = matter?.documents.find((document) => document.role === 'protocol');
  const documentUrl = paragraph ? `${url}/d/${paragraph.id}` : `${url}/`;
  console.log(`
  Yttra is running (demo board, embedded SQLite in ${environment.DATA_DIR}).

  Open:      ${documentUrl}
  Sign in as sekreterare@demo.yttra.se (administrator), m@demo.yttra.se, l@demo.yttra.se, v@demo.yttra.se,
             s@…, sd@…, c@…, mp@… (party members), ordforande@… (chair) or granskare@… (reviewer, M)
  Password:  ${demoPassword}
`);
  if (process.env.DISPLAY && !process.env.CI) {
    spawn('xdg-open', [documentUrl], { stdio: 'ignore', detached: true })
      .on('error', () => undefined)
      .unref();
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
