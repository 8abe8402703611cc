// `pnpm admin:bootstrap --organisation "…" --email … --name "…"`: the production way to create a board and its
// first administrator (production mode never seeds demo data). The password comes from YTTRA_ADMIN_PASSWORD,
// or is generated and printed once.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Accounts } from './accounts/Accounts';
import { SqliteAccountStore } from './accounts/SqliteAccountStore';
import { loadConfig } from './config';
import { SqliteOrganisationStore } from './organisation/SqliteOrganisationStore';
import { createOrganisation } from './setup/createOrganisation';
import { openDatabase } from './storage/sqlite/openDatabase';

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
const database = openDatabase(join(config.dataDir, 'yttra.sqlite'));
const organisations = new SqliteOrganisationStore(database);
const accounts = new Accounts(new SqliteAccountStore(database), { sessionTtlMs: 0 });
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
database.close();
