import type { RenderBlock } from '@yttra/domain';
import { findBlock } from './findBlock';

/** Characters that no common file system accepts in a name, plus controls. */
const UNSAFE_IN_FILENAMES = /[\p{Cc}<>:"/\\|?*]+/gu;

/**
 * The file name of an exported paragraph, from its case number and § number: `HL 2019/310` and `§ 6` give
 * `HL-2019-310-§6.pdf`. Spaces and slashes become hyphens so the name survives every file system; the § stays (an
 * ASCII fallback for old clients is `contentDisposition`'s job). Without either field it falls back to
 * "protokollsparagraf".
 */
export function exportFilename(blocks: readonly RenderBlock[], extension: string): string {
  const caseNumber =
    findBlock(blocks, 'caseNumber')
      ?.text.trim()
      .replace(/[\s/]+/g, '-') ?? '';
  const paragraphNumber = findBlock(blocks, 'paragraphNumber')?.text.replace(/\s+/g, '') ?? '';
  const base = [caseNumber, paragraphNumber]
    .map((part) => part.replace(UNSAFE_IN_FILENAMES, '-'))
    .filter((part) => part !== '')
    .join('-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return `${base === '' ? 'protokollsparagraf' : base}.${extension}`;
}
