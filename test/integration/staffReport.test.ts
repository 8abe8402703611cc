import type { RunningServer } from '@yttra/server';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestBoard, type TestBoard, type TestRole } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';
import { zipArchive } from '../support/zipArchive';

const SUMMARY = [
  'Kommunstyrelsen har remitterat ett förslag till ny samverkansöverenskommelse mellan staden och polisen.',
  'Förvaltningen ser positivt på att samverkan blir mer långsiktig.',
];
// A 1×1 transparent PNG.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A staff report as the administration writes it in Word, with a tracked change and a comment. */
function staffReport(): Promise<Buffer> {
  const date = '2025-11-20T10:00:00Z';
  const document = new Document({
    comments: {
      children: [{ id: 0, author: 'Handläggare', date: new Date(date), children: [new Paragraph('Intern fråga')] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Tjänsteutlåtande', heading: HeadingLevel.TITLE }),
          new Paragraph('Dnr HL 2025/90'),
          new Paragraph({ text: 'Förslag till beslut', heading: HeadingLevel.HEADING_2 }),
          new Paragraph(
            'Stadsdelsnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen till kommunstyrelsen.',
          ),
          new Paragraph({ text: 'Sammanfattning', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun(SUMMARY[0]!),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('Förvaltningen ser positivt på att samverkan blir '),
              new DeletedTextRun({ text: 'kortsiktig', id: 1, author: 'Handläggare', date }),
              new InsertedTextRun({ text: 'mer långsiktig', id: 2, author: 'Handläggare', date }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 10, height: 10 } })],
          }),
          new Paragraph({ text: 'Bakgrund', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Överenskommelsen gäller 2020–2023.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('importing the staff report (tjänsteutlåtande) from .docx', () => {
  let server: RunningServer;
  let board: TestBoard;
  const dataDir = makeDataDir();
  let matterId = '';
  let protocolId = '';

  const upload = async (who: TestRole, bytes: Buffer, name = 'tjansteutlatande.docx', type = DOCX_TYPE) => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${server.url}/api/matters/${matterId}/staff-report`, {
      method: 'POST',
      headers: bearer(board.users[who]),
      body: form,
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const exported = async () =>
    (
      await fetch(`${server.url}/api/documents/${protocolId}/export/txt`, { headers: bearer(board.users.admin) })
    ).text();

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
    const response = await fetch(`${server.url}/api/matters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(board.users.admin) },
      body: JSON.stringify({
        organisationId: board.organisationId,
        caseNumber: 'HL 2025/90',
        title: 'Samverkansöverenskommelse med polisen',
        meetingDate: '2025-12-11',
      }),
    });
    const created = (await response.json()) as { matter: { id: string }; protocolDocumentId: string };
    matterId = created.matter.id;
    protocolId = created.protocolDocumentId;
  });

  afterAll(async () => {
    await server?.close();
    dataDir.remove();
  });

  it('refuses hostile and wrong files with a clear Swedish error, changing nothing', async () => {
    const before = await exported();
    const bomb = zipArchive([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.alloc(120 * 1024 * 1024, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const cases: [string, Buffer, string, string, number, RegExp][] = [
      ['not a zip', Buffer.from('Detta är ingen zip-fil'), 'rapport.docx', DOCX_TYPE, 422, /inte ett Word-dokument/],
      ['zip bomb', bomb, 'rapport.docx', DOCX_TYPE, 422, /packas upp till mer/],
      [
        'zip without Word part',
        zipArchive([{ name: 'hej.txt', data: Buffer.from('hej') }]),
        'rapport.docx',
        DOCX_TYPE,
        422,
        /inte ett Word-dokument/,
      ],
      ['wrong type', await staffReport(), 'rapport.pdf', 'application/pdf', 415, /\.docx/],
      ['huge', Buffer.alloc(11 * 1024 * 1024, 1), 'rapport.docx', DOCX_TYPE, 413, /för stor|större än 10 MB/],
    ];
    for (const [name, bytes, filename, type, status, message] of cases) {
      const answer = await upload('admin', bytes, filename, type);
      expect(answer.status, name).toBe(status);
      expect(String(answer.json.error), name).toMatch(message);
    }
    expect((await upload('memberM', await staffReport())).status).toBe(403);
    expect((await upload('chair', await staffReport())).status).toBe(403);
    expect(await exported()).toBe(before);
    // The server is still up and answering.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('fills the summary, the reply’s recipient and Handlingar, and warns about what it left out', async () => {
    const answer = await upload('admin', await staffReport());
    expect(answer.status).toBe(200);
    expect(answer.json.summary).toEqual(SUMMARY);
    expect(answer.json.replyTo).toBe('kommunstyrelsen');
    expect(answer.json.attachment).toEqual({ documentNumber: 'HL 2025/90-1', title: 'Tjänsteutlåtande' });
    const warnings = answer.json.warnings as string[];
    expect(warnings.some((warning) => warning.includes('spårade ändringar'))).toBe(true);
    expect(warnings).toContain('Dokumentet innehåller en kommentar. Den importeras inte.');
    expect(warnings).toContain('Dokumentet innehåller en bild. Den importeras inte.');

    const text = await exported();
    expect(text).toContain('Sammanfattning av ärendet');
    for (const paragraph of SUMMARY) expect(text).toContain(paragraph);
    expect(text).toContain('HL 2025/90-1 Tjänsteutlåtande');
    expect(text).not.toContain('Intern fråga');
    expect(text).not.toContain('kortsiktig');
    expect(text).not.toContain('Överenskommelsen gäller');

    // A second import replaces the summary and says so, without a second row in Handlingar.
    const again = await upload('admin', await staffReport());
    expect(again.json.attachment).toBeNull();
    expect(again.json.warnings).toContain('Den tidigare sammanfattningen i paragrafen har ersatts.');
    expect((await exported()).match(/Tjänsteutlåtande/g)).toHaveLength(1);
  });
});
