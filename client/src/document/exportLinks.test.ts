import { describe, expect, it } from 'vitest';
import { exportLinks } from './exportLinks';

describe('exportLinks', () => {
  it('links each export format of the document, labelled for people', () => {
    expect(exportLinks('abcDEF123456')).toEqual([
      { format: 'txt', label: 'Text (.txt)', href: '/api/documents/abcDEF123456/export/txt' },
      { format: 'html', label: 'Webbsida (.html)', href: '/api/documents/abcDEF123456/export/html' },
      { format: 'docx', label: 'Word (.docx)', href: '/api/documents/abcDEF123456/export/docx' },
      { format: 'pdf', label: 'PDF (.pdf)', href: '/api/documents/abcDEF123456/export/pdf' },
    ]);
  });
});
