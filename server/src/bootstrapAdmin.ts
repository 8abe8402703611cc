// `pnpm admin:bootstrap --organisation "…" --email … --name "…"`: the production way to create a board and its
// first administrator (production mode never seeds demo data). The password comes from YTTRA_ADMIN_PASSWORD,
// or is generated and printed once.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Accounts } from './accounts/Accounts';
import { loadConfig } from './config';
import { createLogger } from './log';
import { createOrganisation } from './setup/createOrganisation';
import { openStorage } from './storage/openStorage';

const { values } = parseArgs({
  options: {
    organisation: { type: 'string' },
    'organisation-id': { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
  },
});
if (!values.organisation || !values.email || !values.name) {
  console.error(
    'Usage: pnpm admin:bootstrap --organisation "Name of the board" --email admin@kommun.se --name "Full Name"',
  );
  process.exit(2);
}

const config = loadConfig(process.env);
// The same database the server uses: the SQLite file in DATA_DIR, or PostgreSQL when DATABASE_URL is set.
const storage = await openStorage(config, createLogger('warn'));
const { organisations } = storage;
const accounts = new Accounts(storage.accounts, { sessionTtlMs: 0 });
const organisationId =
  values['organisation-id'] ??
  values.organisation
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

if (!(await organisations.getOrganisation(organisationId))) {
  await createOrganisation(organisations, { id: organisationId, name: values.organisation });
  console.log(`Created the board "${values.organisation}" (${organisationId}) with the default parties.`);
}
const generated = !process.env.YTTRA_ADMIN_PASSWORD;
const password = process.env.YTTRA_ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
const user = await accounts.register({ email: values.email, displayName: values.name, password });
await organisations.setMembership({ organisationId, userId: user.id, role: 'administrator', partyGroupId: null });
console.log(`Administrator ${user.email} can now sign in${generated ? ` with the password: ${password}` : '.'}`);
await accounts.close();
await storage.close();
