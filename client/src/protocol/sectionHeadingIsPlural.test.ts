import { getEditorSchema } from '@yttra/editor';
import { describe, expect, it } from 'vitest';
import { sectionHeadingIsPlural } from './sectionHeadingIsPlural';

const schema = getEditorSchema();
const note = (heading?: string) => ({
  type: 'procedureBlock',
  attrs: {
    block: JSON.stringify({
      type: 'protocolNote',
      authors: [],
      authorParties: ['S'],
      content: { type: 'documents', dates: ['2025-02-25'] },
      ...(heading ? { heading } : {}),
    }),
  },
});
const section = (...content: object[]) =>
  schema.nodeFromJSON({ type: 'protocolSection', attrs: { sectionId: 'protokollsanteckning' }, content });

describe('sectionHeadingIsPlural', () => {
  it('follows the number of blocks in the run, as the export does', () => {
    expect(sectionHeadingIsPlural(section(note()))).toBe(false);
    expect(sectionHeadingIsPlural(section(note(), note()))).toBe(true);
  });

  it('lets a block choose the number, and does not count prose', () => {
    expect(sectionHeadingIsPlural(section(note('plural')))).toBe(true);
    expect(sectionHeadingIsPlural(section(note('singular'), note()))).toBe(false);
    expect(sectionHeadingIsPlural(section(note(), { type: 'paragraph' }))).toBe(false);
  });
});
