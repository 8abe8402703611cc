// Exports of a rendered protocol paragraph (the domain's RenderBlock[]) as files: plain text (the domain's
// renderPlainText), HTML, DOCX and PDF, with the metadata a download response needs.
export { contentDisposition } from './contentDisposition';
export { exportFilename } from './exportFilename';
export { type ExportFormat, exportFormats, isExportFormat } from './exportFormats';
export type { ExportOptions } from './exportOptions';
export { type ExportedParagraph, exportParagraph } from './exportParagraph';
export { type PdfFonts, pdfFonts, standardPdfFonts } from './pdfFonts';
export { renderDocx } from './renderDocx';
export { renderHtml } from './renderHtml';
export { renderPdf } from './renderPdf';
