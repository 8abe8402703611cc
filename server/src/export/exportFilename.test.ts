import type { RenderBlock } from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import { exportFilename } from './exportFilename';

const blocks = (caseNumber: string, paragraphNumber: string): RenderBlock[] => [
  { kind: 'paragraphNumber', text: paragraphNumber },
  { kind: 'caseNumber', text: caseNumber },
];

describe('exportFilename', () => {
  it('names the file by case number and § number', () => {
    expect(exportFilename(blocks('HL 2019/310', '§ 6'), 'pdf')).toBe('HL-2019-310-§6.pdf');
  });

  it('keeps the name safe for file systems whatever the fields hold', () => {
    expect(exportFilename(blocks('KS 2024/12:<a>', '§ 3?'), 'docx')).toBe('KS-2024-12-a-§3.docx');
    expect(exportFilename(blocks('../../etc/passwd', '§ 1'), 'txt')).toBe('etc-passwd-§1.txt');
  });

  it('falls back to a generic name without case and § number', () => {
    expect(exportFilename([], 'html')).toBe('protokollsparagraf.html');
  });
});
