import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { createWordRunWriter } from './createWordRunWriter';
import { readZipEntry } from './testSupport/readZipEntry';
import { ANNOTATION_CLOSE, ANNOTATION_OPEN, type WordAnnotation } from './wordAnnotation';

const open = (n: number) => String.fromCharCode(ANNOTATION_OPEN + n);
const close = (n: number) => String.fromCharCode(ANNOTATION_CLOSE + n);
const date = new Date(Date.UTC(2026, 11, 1, 9, 30));
const thread = (body: string): WordAnnotation => ({
  kind: 'comment',
  resolved: false,
  comments: [{ author: 'Rut Granskare', date, body }],
});

async function documentXml(paragraphs: string[], annotations: WordAnnotation[]): Promise<string> {
  const writer = createWordRunWriter(annotations);
  const children = paragraphs.map((text) => new Paragraph({ children: writer.runs(text) }));
  children.push(...writer.finish());
  const docx = await Packer.toBuffer(
    new Document({ comments: { children: writer.comments() }, sections: [{ children }] }),
  );
  return readZipEntry(docx, 'word/document.xml') ?? '';
}

describe('createWordRunWriter', () => {
  it('keeps a comment and a suggestion open from one paragraph into the next', async () => {
    const xml = await documentXml(
      [`Första ${open(0)}stycket ${open(1)}slutar`, `här${close(1)} och${close(0)} sedan`],
      [thread('Två stycken'), { kind: 'deletion', author: 'Lena Liberal', date }],
    );
    const [first, second] = xml.split('</w:p>');
    expect(first).toContain('<w:commentRangeStart w:id="0"/>');
    expect(first).toMatch(/<w:del [^>]*w:author="Lena Liberal"[^>]*>.*<w:delText[^>]*>slutar<\/w:delText>/);
    expect(second).toMatch(/<w:del [^>]*>.*<w:delText[^>]*>här<\/w:delText>/);
    expect(second).toContain('<w:commentRangeEnd w:id="0"/>');
    // Outside the suggestion again once it closes.
    expect(second?.lastIndexOf('</w:del>')).toBeLessThan(second?.indexOf('> och</w:t>') ?? -1);
  });

  it('anchors every thread somewhere: an unclosed range is closed at the end, a lost one gets the last paragraph', async () => {
    const xml = await documentXml([`Text ${open(0)}utan slut`], [thread('Öppen'), thread('Borttappad')]);
    expect(xml.match(/<w:commentRangeEnd w:id="0"\/>/g)).toHaveLength(1);
    expect(xml).toContain('<w:commentRangeStart w:id="1"/>');
    expect(xml).toContain('Kommentarer om text som inte skrivs ut');
    expect(xml.match(/<w:commentReference w:id="1"\/>/g)).toHaveLength(1);
  });

  it('ignores a closing token that never opened', async () => {
    const xml = await documentXml([`Bara ${close(0)}slut`], [thread('Ingen början')]);
    expect(xml.indexOf('<w:commentRangeStart w:id="0"/>')).toBeGreaterThan(xml.indexOf('slut'));
  });
});
