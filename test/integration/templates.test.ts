import { fileURLToPath } from 'node:url';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { parseTemplate } from '@yttra/domain';
import { seedParagraph } from '@yttra/domain/fixtures';
import { contentFromParagraph, documentToJSON, getEditorSchema } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, type SyncClient, waitForSync } from '../support/syncClient';
import { createTestBoard } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

const TEMPLATES_DIR = fileURLToPath(new URL('../fixtures/templates', import.meta.url));
const TEMPLATE_ID = 'exempelkommunen-ks';

describe('a second organisation’s template, added by configuration alone', () => {
  let server: RunningServer;
  let token: string;
  const clients: SyncClient[] = [];
  const dataDir = makeDataDir();

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir, environment: { TEMPLATES_DIR } });
    token = (await createTestBoard(server)).users.admin.token;
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    dataDir.remove();
  });

  async function create(body: object): Promise<Response> {
    return fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  }

  it('lists the configured template beside the built-in one', async () => {
    const { templates } = (await (await fetch(`${server.url}/api/templates`)).json()) as {
      templates: { id: string; name: string }[];
    };
    expect(templates.map((template) => template.id)).toEqual(['stockholm-district-board', TEMPLATE_ID]);
  });

  it('seeds, phrases and orders a document by that template', async () => {
    const response = await create({ title: 'Samverkan', kind: 'protocol', templateId: TEMPLATE_ID });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const author = connectClient(server.url, id, token);
    clients.push(author);
    await waitForSync(author);
    const seeded = documentToJSON(author.doc);
    expect(seeded.content?.[0]?.attrs?.templateId).toBe(TEMPLATE_ID);
    expect(seeded.content?.slice(1).map((section) => section.attrs?.sectionId)).toEqual([
      'arendet',
      'yrkanden',
      'propositionsordning',
      'beslut',
      'reservationer',
      'sarskildaUttalanden',
      'anteckningar',
      'underlag',
    ]);

    const template = parseTemplate(
      (await import('../fixtures/templates/exempelkommunen-ks.json', { with: { type: 'json' } })).default,
    );
    const fragment = author.doc.getXmlFragment(CONTENT_FRAGMENT);
    author.doc.transact(() => {
      fragment.delete(0, fragment.length);
      const content = contentFromParagraph(seedParagraph, template, { templateId: TEMPLATE_ID });
      prosemirrorJSONToYXmlFragment(getEditorSchema(), content, fragment);
    });
    let text = '';
    await expect
      .poll(async () => {
        const exported = await fetch(`${server.url}/api/documents/${id}/export/txt`, {
          headers: { authorization: `Bearer ${token}` },
        });
        text = await exported.text();
        return text.includes('Beslutsunderlag');
      })
      .toBe(true);
    const headings = ['Ärendet', 'Yrkanden', 'Propositionsordning', 'Beslut\n', 'Reservationer', 'Beslutsunderlag'];
    const positions = headings.map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('6 §');
    expect(text).toContain(
      'Abit Dundar (L), Anette Hellström (M), Lara Siadat (MP) och Johan Vesterlund (C) yrkade bifall till det egna yrkandet.',
    );
    expect(text).not.toContain('Förslag till beslut');
  });

  it('refuses a template that is not configured', async () => {
    expect((await create({ title: 'X', kind: 'protocol', templateId: 'finns-inte' })).status).toBe(400);
    expect((await create({ title: 'X', kind: 'text', templateId: TEMPLATE_ID })).status).toBe(400);
  });
});
