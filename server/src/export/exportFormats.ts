/** The export formats, with what an HTTP response and a saved file need to know of each. */
export const exportFormats = {
  txt: { contentType: 'text/plain; charset=utf-8', extension: 'txt' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
} as const satisfies Record<string, { contentType: string; extension: string }>;

export type ExportFormat = keyof typeof exportFormats;

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(exportFormats, value);
}
