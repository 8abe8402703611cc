import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentToUpdate } from './contentToUpdate';
import { documentToJSON } from './documentToJSON';
import { documentToText } from './documentToText';
import { getEditorSchema } from './editorSchema';
import { initialContent } from './initialContent';

describe('shared editor schema', () => {
  it('knows the StarterKit nodes and marks', () => {
    const schema = getEditorSchema();
    for (const node of ['doc', 'paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote']) {
      expect(schema.nodes[node], node).toBeDefined();
    }
    for (const mark of ['bold', 'italic', 'link']) expect(schema.marks[mark], mark).toBeDefined();
  });
});

describe('contentToUpdate', () => {
  it('round-trips content through a Yjs document', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, contentToUpdate(initialContent('Remissvar')));
    expect(documentToText(doc)).toBe('Remissvar\n');
    expect(documentToJSON(doc).content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 1 } });
  });

  it('produces identical updates for identical content, so a repeated seed merges instead of duplicating', () => {
    const first = contentToUpdate(initialContent('Samma'));
    const second = contentToUpdate(initialContent('Samma'));
    expect(second).toEqual(first);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, first);
    Y.applyUpdate(doc, second);
    expect(documentToText(doc)).toBe('Samma\n');
  });

  it('rejects content the schema does not allow', () => {
    expect(() => contentToUpdate({ type: 'doc', content: [{ type: 'noSuchNode' }] })).toThrow();
  });
});
