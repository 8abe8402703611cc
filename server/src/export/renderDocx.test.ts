import type { RenderBlock } from '@yttra/domain';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './renderDocx';
import { extractDocxText } from './testSupport/extractDocxText';
import { readZipEntry } from './testSupport/readZipEntry';
import { sampleBlocks } from './testSupport/sampleBlocks';

/** The XML of the Word paragraph (`<w:p>`) that holds `text`. */
function paragraphXml(documentXml: string, text: string): string | undefined {
  return documentXml.split('</w:p>').find((paragraph) => paragraph.includes(text));
}

describe('renderDocx', () => {
  let docx: Buffer;
  let documentXml: string;
  beforeAll(async () => {
    docx = await renderDocx(sampleBlocks(), { title: '§ 3 Titel på ärendet' });
    documentXml = readZipEntry(docx, 'word/document.xml')!;
  });

  it('prints the page header as a Word header on every page, not in the body', () => {
    expect(documentXml).toMatch(/<w:headerReference w:type="default" r:id="[^"]+"\/>/);
    const headerXml = readZipEntry(docx, 'word/header1.xml')!;
    expect(headerXml).toContain('>Nämnden Protokoll nr 1/2024</w:t>');
    expect(headerXml).toContain('>2024-02-01</w:t>');
    expect(documentXml).not.toContain('Nämnden');
  });

  it('uses Heading 1 for the title and Heading 2 for section headings', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toContain('<h1>Titel på ärendet</h1>');
    expect(html.match(/<h2>[^<]*<\/h2>/g)).toEqual([
      '<h2>Beslut</h2>',
      '<h2>Särskilt uttalande</h2>',
      '<h2>Särskilt uttalande</h2>',
      '<h2>Handlingar i ärendet</h2>',
    ]);
  });

  it('numbers additions in their text, with a tab and a hanging indent, and indents quotes', async () => {
    const text = await extractDocxText(docx);
    expect(text).toContain('1.\tFörsta tillägget.\n\n2.\tAndra tillägget.');
    expect(paragraphXml(documentXml, 'Andra tillägget.')).toMatch(/<w:ind w:left="425" w:hanging="425"\/>/);
    expect(paragraphXml(documentXml, 'Första stycket.')).toMatch(/<w:ind w:left="567"\/>/);
    expect(text).toContain('KS 2024/12-2 (Godkänd) Tjänsteutlåtande\n\nKS 2024/12-1 Remiss');
  });

  it('is A4, in Swedish, and titled', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(readZipEntry(docx, 'word/styles.xml')).toContain('<w:lang w:val="sv-SE"/>');
    expect(readZipEntry(docx, 'docProps/core.xml')).toContain('<dc:title>§ 3 Titel på ärendet</dc:title>');
  });

  it('keeps odd characters as text and drops those XML cannot hold, so Word can always open the file', async () => {
    const odd = `<w:t>&"'</w:t> 😀 Жж\u0007\ufffe`;
    const blocks: RenderBlock[] = [
      { kind: 'pageHeader', board: odd, protocol: odd, meetingDate: odd },
      { kind: 'title', text: odd },
      { kind: 'text', text: odd },
      { kind: 'attachment', documentNumber: odd, status: odd, title: odd },
    ];
    const output = await renderDocx(blocks, { title: odd });
    const text = await extractDocxText(output);
    const expected = `<w:t>&"'</w:t> 😀 Жж`;
    expect(text).toBe(`${expected}\n\n${expected}\n\n${expected} (${expected}) ${expected}\n\n`);
    expect(readZipEntry(output, 'word/header1.xml')).toContain('&lt;w:t&gt;&amp;');
  });
});
