import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { compareWithSeed, stockholmDistrictBoardTemplate } from '@yttra/domain';
import { readSeedText, seedParagraph } from '@yttra/domain/fixtures';
import { contentFromParagraph, getEditorSchema } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import type { RunningServer } from '@yttra/server';
import { extractDocxText, extractHtmlText, extractPdfText } from '@yttra/server/export-test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { createTestBoard } from '../support/testBoard';
import { createDocument, makeDataDir, startTestServer } from '../support/testServer';

const seedText = readSeedText();

let downloadToken = '';

async function download(url: string): Promise<{ status: number; type: string; disposition: string; body: Buffer }> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${downloadToken}` } });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    body: Buffer.from(await response.arrayBuffer()),
  };
}

function expectEqualToSeed(text: string, format: string): void {
  const comparison = compareWithSeed(text, seedText);
  expect(comparison.equal, `${format}: ${JSON.stringify(comparison.firstDifference)}`).toBe(true);
}

describe('exports of a protocol paragraph written through y-websocket', () => {
  let server: RunningServer;
  let author: SyncClient;
  let documentId: string;
  let token: string;
  const dataDir = makeDataDir();

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    token = (await createTestBoard(server)).users.admin.token;
    downloadToken = token;
    documentId = await createDocument(server.url, token, 'Samverkan med polisen', 'protocol');
    author = connectClient(server.url, documentId, token);
    await waitForSync(author);
    // The seed fixture, written the way an editor would: into the shared fragment, through the schema.
    const fragment = author.doc.getXmlFragment(CONTENT_FRAGMENT);
    author.doc.transact(() => {
      fragment.delete(0, fragment.length);
      prosemirrorJSONToYXmlFragment(
        getEditorSchema(),
        contentFromParagraph(seedParagraph, stockholmDistrictBoardTemplate),
        fragment,
      );
    });
    // Exports read what the server stored; wait until a fresh reader sees the whole seed.
    const reader = connectClient(server.url, documentId, token);
    await waitForSync(reader);
    await waitFor(() => reader.text().includes('Polisregion Stockholm (SLK tjut)'), 10_000, 'the seed to arrive');
    reader.destroy();
  });

  afterAll(async () => {
    author.destroy();
    await server.close();
    dataDir.remove();
  });

  const exportUrl = (format: string) => `${server.url}/api/documents/${documentId}/export/${format}`;

  it('exports plain text equal to the seed', async () => {
    const file = await download(exportUrl('txt'));
    expect(file.status).toBe(200);
    expect(file.type).toContain('text/plain');
    expect(file.disposition).toContain('HL-2019-310');
    expectEqualToSeed(file.body.toString('utf8'), 'txt');
  });

  it('exports HTML whose text content equals the seed', async () => {
    const file = await download(exportUrl('html'));
    expect(file.type).toContain('text/html');
    expectEqualToSeed(extractHtmlText(file.body.toString('utf8')), 'html');
  });

  it('exports DOCX whose text, read back with mammoth, equals the seed', async () => {
    const file = await download(exportUrl('docx'));
    expect(file.body.subarray(0, 2).toString()).toBe('PK');
    expectEqualToSeed(await extractDocxText(file.body), 'docx');
  });

  it('exports PDF whose text, extracted by pdftotext, equals the seed', async () => {
    const file = await download(exportUrl('pdf'));
    expect(file.body.subarray(0, 4).toString()).toBe('%PDF');
    expectEqualToSeed(await extractPdfText(file.body), 'pdf');
  });

  it('follows edits: a changed word shows in the next export and breaks the equality', async () => {
    const before = (await download(exportUrl('txt'))).body.toString('utf8');
    // Append a word to the last attachment row's title: the last text in the document.
    const texts = [
      ...author.doc.getXmlFragment(CONTENT_FRAGMENT).createTreeWalker((node) => node instanceof Y.XmlText),
    ];
    const lastText = texts.at(-1) as Y.XmlText;
    lastText.insert(lastText.length, ' BILAGA');
    await expect
      .poll(async () => (await download(exportUrl('txt'))).body.toString('utf8'), { timeout: 5_000 })
      .toContain('(SLK tjut) BILAGA');
    expect(compareWithSeed((await download(exportUrl('txt'))).body.toString('utf8'), seedText).equal).toBe(false);
    expect(before).not.toContain('BILAGA');
  });

  it('refuses unknown formats, unknown documents and free-text documents', async () => {
    expect((await download(exportUrl('rtf'))).status).toBe(400);
    expect((await download(`${server.url}/api/documents/finnsInteAlls/export/pdf`)).status).toBe(404);
    const textDocument = await createDocument(server.url, token, 'Anteckningar', 'text');
    expect((await download(`${server.url}/api/documents/${textDocument}/export/pdf`)).status).toBe(409);
  });
});
