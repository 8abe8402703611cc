import { type RenderBlock, renderPlainText } from '@yttra/domain';
import { exportFilename } from './exportFilename';
import { type ExportFormat, exportFormats } from './exportFormats';
import type { ExportOptions } from './exportOptions';
import { mapBlockText } from './mapBlockText';
import { renderHtml } from './renderHtml';
import { ANNOTATION_TOKENS } from './wordAnnotation';

export interface ExportedParagraph {
  /** Text formats as a string, binary formats as bytes. */
  body: Buffer | string;
  contentType: string;
  filename: string;
}

/** Renders the blocks in one format, with the content type and file name a download response needs. */
export async function exportParagraph(
  blocks: readonly RenderBlock[],
  format: ExportFormat,
  options: ExportOptions,
): Promise<ExportedParagraph> {
  const { contentType, extension } = exportFormats[format];
  // Annotation tokens (DOCX with comments) never reach a file name.
  const plain = options.annotations
    ? blocks.map((block) => mapBlockText(block, (text) => text.replace(ANNOTATION_TOKENS, '')))
    : blocks;
  const filename = exportFilename(plain, extension);
  return { body: await renderBody(blocks, format, options), contentType, filename };
}

// docx and pdfkit are large and rarely needed: they load on the first export that asks for them, not at start.
async function renderBody(blocks: readonly RenderBlock[], format: ExportFormat, options: ExportOptions) {
  switch (format) {
    case 'txt':
      return renderPlainText(blocks);
    case 'html':
      return renderHtml(blocks, options);
    case 'docx':
      return (await import('./renderDocx')).renderDocx(blocks, options);
    case 'pdf':
      return (await import('./renderPdf')).renderPdf(blocks, options);
  }
}
