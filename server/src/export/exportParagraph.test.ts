import { renderPlainText } from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import { exportFormats, isExportFormat } from './exportFormats';
import { exportParagraph } from './exportParagraph';
import { pdfInfo } from './testSupport/pdfInfo';
import { sampleBlocks } from './testSupport/sampleBlocks';

describe('exportParagraph', () => {
  it('exports plain text as the domain renders it', async () => {
    const exported = await exportParagraph(sampleBlocks(), 'txt', { title: 'x' });
    expect(exported).toEqual({
      body: renderPlainText(sampleBlocks()),
      contentType: 'text/plain; charset=utf-8',
      filename: 'KS-2024-12-§3.txt',
    });
  });

  it('dispatches every format, with its content type and extension', { timeout: 30_000 }, async () => {
    const html = await exportParagraph(sampleBlocks(), 'html', { title: 'x' });
    expect(html.contentType).toBe('text/html; charset=utf-8');
    expect(html.filename).toBe('KS-2024-12-§3.html');
    expect(html.body).toMatch(/^<!doctype html>/);

    const docx = await exportParagraph(sampleBlocks(), 'docx', { title: 'x' });
    expect(docx.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.filename).toBe('KS-2024-12-§3.docx');
    expect((docx.body as Buffer).subarray(0, 2).toString('latin1')).toBe('PK');

    const pdf = await exportParagraph(sampleBlocks(), 'pdf', { title: 'x' });
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.filename).toBe('KS-2024-12-§3.pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it.each(['txt', 'html', 'docx', 'pdf'] as const)(
    'exports an empty paragraph as %s without failing',
    async (format) => {
      const exported = await exportParagraph([], format, { title: '' });
      expect(exported.filename).toBe(`protokollsparagraf.${format}`);
      if (format === 'pdf') expect((await pdfInfo(exported.body as Buffer)).fields.Pages).toBe('1');
    },
  );

  it('knows its formats, and nothing inherited from Object', () => {
    expect(Object.keys(exportFormats)).toEqual(['txt', 'html', 'docx', 'pdf']);
    expect(isExportFormat('pdf')).toBe(true);
    expect(isExportFormat('exe')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
  });
});
