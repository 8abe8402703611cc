import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  compareSentences,
  paragraphDocumentSchema,
  parseTemplate,
  type RenderBlock,
  renderParagraph,
} from '@yttra/domain';
import type { RunningServer } from '@yttra/server';
import { createOrganisation } from '@yttra/server/setup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, type SyncClient, waitForSync } from '../support/syncClient';
import { makeDataDir, startTestServer } from '../support/testServer';

const TEMPLATES_DIR = fileURLToPath(new URL('../../templates', import.meta.url));
const FIXTURES = new URL('../../packages/domain/src/fixtures/goteborg/', import.meta.url);
const template = parseTemplate(
  JSON.parse(readFileSync(new URL('goteborg-kommunstyrelsen.json', `file://${TEMPLATES_DIR}/`), 'utf8')),
);
const fixture = (id: string) => JSON.parse(readFileSync(new URL(`${id}.json`, FIXTURES), 'utf8'));

/**
 * The versioned paragraph format through the real server: an administrator writes a whole Göteborg paragraph as
 * JSON into a matter, every reader gets it back as JSON and as an export, a live editor sees it, and bad input is
 * refused with Swedish problems and changes nothing.
 */
describe('POST /api/matters/:id/paragraph and GET /api/documents/:id/paragraph', () => {
  let server: RunningServer;
  const dataDir = makeDataDir();
  const clients: SyncClient[] = [];
  const tokens: Record<'admin' | 'member' | 'outsider', string> = { admin: '', member: '', outsider: '' };
  let matterId = '';
  let documentId = '';

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir, environment: { TEMPLATES_DIR } });
    const groups = await createOrganisation(
      server.organisations,
      { id: 'gbg-ks', name: 'Kommunstyrelsen', templateId: 'goteborg-kommunstyrelsen' },
      template.organisation!.parties!,
    );
    await createOrganisation(server.organisations, { id: 'annan', name: 'Annan nämnd' });
    const people = [
      ['admin', 'gbg-ks', 'administrator', null],
      ['member', 'gbg-ks', 'member', groups.find((group) => group.partyAbbreviation === 'D')!.id],
      ['outsider', 'annan', 'administrator', null],
    ] as const;
    for (const [key, organisationId, role, partyGroupId] of people) {
      const user = await server.accounts.register({
        email: `${key}@gbg.test.yttra.se`,
        displayName: key,
        password: 'testlösenord-1',
      });
      await server.organisations.setMembership({ organisationId, userId: user.id, role, partyGroupId });
      tokens[key] = (await server.accounts.createApiToken(user.id, 'test')).token;
    }
    const created = await api('admin', 'POST', '/api/matters', {
      organisationId: 'gbg-ks',
      caseNumber: 'SLK-2024-00110',
      title: 'Remiss från socialdepartementet - Narkotikautredningen',
      kind: 'Remiss',
    });
    expect(created.status).toBe(201);
    ({
      matter: { id: matterId },
      protocolDocumentId: documentId,
    } = (await created.json()) as { matter: { id: string }; protocolDocumentId: string });
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    dataDir.remove();
  });

  function api(who: keyof typeof tokens, method: string, path: string, body?: unknown) {
    return fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  it('refuses a member, an outsider and a paragraph for another case, changing nothing', async () => {
    const paragraph = fixture('2024-04-24-p341');
    expect((await api('member', 'POST', `/api/matters/${matterId}/paragraph`, paragraph)).status).toBe(403);
    expect((await api('outsider', 'POST', `/api/matters/${matterId}/paragraph`, paragraph)).status).toBe(404);
    const other = await api('admin', 'POST', `/api/matters/${matterId}/paragraph`, fixture('2024-02-07-p113'));
    expect(other.status).toBe(400);
    expect(((await other.json()) as { problems: string[] }).problems).toEqual([
      'Diarienumret "SLK-2023-00307" är inte ärendets (SLK-2024-00110).',
    ]);
    const before = await (await api('member', 'GET', `/api/documents/${documentId}/paragraph`)).json();
    expect(
      (before as { blocks: unknown[] }).blocks.some((block) => (block as { type: string }).type === 'motion'),
    ).toBe(false);
  });

  it('refuses malformed paragraphs with Swedish messages and their paths', async () => {
    const broken = fixture('2024-04-24-p341');
    broken.version = 1;
    broken.blocks[3].movers = [];
    broken.blocks[5].steps[1].step.target = { to: 'saknas' };
    const response = await api('admin', 'POST', `/api/matters/${matterId}/paragraph`, broken);
    expect(response.status).toBe(400);
    const { issues } = (await response.json()) as { issues: { path: string; message: string }[] };
    expect(issues).toContainEqual({ path: 'blocks.3.movers', message: 'Yrkandet måste ha minst en som yrkar.' });
    expect(issues.map((issue) => issue.path)).toContain('version');

    const unknownForm = fixture('2024-04-24-p341');
    unknownForm.blocks[5].steps[1].step.target.form = 'baklanges';
    unknownForm.header.protocolNumber = '13/2024';
    const refused = await api('admin', 'POST', `/api/matters/${matterId}/paragraph`, unknownForm);
    expect(((await refused.json()) as { problems: string[] }).problems).toEqual([
      'Protokollnumret "13/2024" är inte skrivet som mallen kräver, t.ex. 34.',
      'Propositionsordningen använder hänvisningsformen "baklanges", som mallen inte har.',
    ]);
  });

  it('writes the paragraph into the live document and reads it back as the same JSON and the original text', async () => {
    const editor = connectClient(server.url, documentId, tokens.admin);
    clients.push(editor);
    await waitForSync(editor);
    const paragraph = fixture('2024-04-24-p341');
    const written = await api('admin', 'POST', `/api/matters/${matterId}/paragraph`, paragraph);
    expect(written.status).toBe(200);
    expect(await written.json()).toEqual({ documentId, templateId: 'goteborg-kommunstyrelsen' });

    const read = await api('member', 'GET', `/api/documents/${documentId}/paragraph`);
    expect(read.status).toBe(200);
    expect(read.headers.get('x-yttra-problems')).toBeNull();
    const back = (await read.json()) as typeof paragraph;
    const { format, version, templateId, ...expected } = paragraphDocumentSchema.parse(paragraph);
    const {
      format: backFormat,
      version: backVersion,
      templateId: backTemplate,
      ...actual
    } = paragraphDocumentSchema.parse(back);
    expect([backFormat, backVersion, backTemplate]).toEqual([format, version, templateId]);
    expect(renderParagraph(actual, template)).toEqual(renderParagraph(expected, template));

    const exported = await (await api('member', 'GET', `/api/documents/${documentId}/export/txt`)).text();
    const original = readFileSync(new URL('2024-04-24-p341.txt', FIXTURES), 'utf8').split(/^-{20,}$/m)[1]!;
    const pageHeader = renderParagraph(expected, template)[0] as Extract<RenderBlock, { kind: 'pageHeader' }>;
    const comparison = compareSentences(exported, original, {
      artefactLines: [...pageHeader.lines!, ...pageHeader.footerLines!],
    });
    expect(comparison.missing).toEqual([]);
    expect(comparison.equal).toBe(true);

    // The open editor received the write like any edit.
    await expect.poll(() => editor.doc.getXmlFragment('default').toString()).toContain('{"type":"motion","id":"m1"');
  });

  it('lets readers of the board read it, and no one else', async () => {
    // Refused answers exactly as unknown, as on every document route.
    expect((await api('outsider', 'GET', `/api/documents/${documentId}/paragraph`)).status).toBe(404);
    expect((await api('admin', 'GET', '/api/documents/not-a-valid-id!/paragraph')).status).toBe(400);
  });
});
