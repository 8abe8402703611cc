import type { JSONContent } from '@tiptap/core';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentToUpdate } from '../contentToUpdate';
import { findUnknownContent } from './findUnknownContent';
import { repairDocument } from './repairDocument';

/** Header, then a summary section holding a written paragraph and an empty one. */
const base: JSONContent = {
  type: 'doc',
  content: [
    { type: 'protocolHeader' },
    {
      type: 'protocolSection',
      attrs: { sectionId: 'sammanfattning' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Start' }] }, { type: 'paragraph' }],
    },
  ],
};
const openBase = () => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, contentToUpdate(base));
  return doc;
};
const section = (doc: Y.Doc) => doc.getXmlFragment(CONTENT_FRAGMENT).get(1) as Y.XmlElement;
const writtenText = (doc: Y.Doc) => (section(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText;
/** The update a change to the base document produces. */
const updateOf = (change: (doc: Y.Doc) => void): Uint8Array => {
  const doc = openBase();
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
};
const text = (value: string) => {
  const node = new Y.XmlText();
  node.insert(0, value);
  return node;
};
const element = (nodeName: string, ...children: Array<Y.XmlElement | Y.XmlText>) => {
  const node = new Y.XmlElement(nodeName);
  node.insert(0, children);
  return node;
};

describe('findUnknownContent', () => {
  it('passes ordinary updates: typing, known marks and their removal, deletions, new blocks with text', () => {
    expect(findUnknownContent(contentToUpdate(base))).toBe(false);
    const edits = updateOf((doc) => {
      const written = writtenText(doc);
      written.insert(5, ' och mer', { bold: {} });
      written.format(0, 5, { italic: {} });
      written.format(0, 5, { italic: null });
      written.delete(0, 1);
    });
    expect(findUnknownContent(edits)).toBe(false);
    const pasted = updateOf((doc) =>
      section(doc).insert(1, [
        element('numberedAdditions', element('additionItem', element('paragraph', text('Tillägg')))),
        element('paragraph', text('Ett'), element('hardBreak'), text('Två')),
      ]),
    );
    expect(findUnknownContent(pasted)).toBe(false);
  });

  it('flags an element of unknown name, even deep inside known ones', () => {
    expect(findUnknownContent(updateOf((doc) => section(doc).insert(0, [element('oldFancyBox', text('x'))])))).toBe(
      true,
    );
    const nested = updateOf((doc) => section(doc).insert(0, [element('paragraph', element('mention'))]));
    expect(findUnknownContent(nested)).toBe(true);
  });

  it('flags formatting that is no mark, but not its removal (which the repair itself writes)', () => {
    const marked = updateOf((doc) => writtenText(doc).format(0, 5, { highlight: { color: 'gul' } }));
    expect(findUnknownContent(marked)).toBe(true);

    const doc = openBase();
    Y.applyUpdate(doc, marked);
    const before = Y.encodeStateVector(doc);
    expect(repairDocument(doc)).toBe(true);
    expect(findUnknownContent(Y.encodeStateAsUpdate(doc, before))).toBe(false);
  });

  it('flags text placed where only blocks belong, at the top or in a block', () => {
    expect(findUnknownContent(updateOf((doc) => doc.getXmlFragment(CONTENT_FRAGMENT).insert(1, [text('Lös')])))).toBe(
      true,
    );
    expect(findUnknownContent(updateOf((doc) => section(doc).insert(2, [text('Lös')])))).toBe(true);
    const newSection = updateOf((doc) =>
      doc.getXmlFragment(CONTENT_FRAGMENT).insert(2, [element('protocolSection', text('Lös'))]),
    );
    expect(findUnknownContent(newSection)).toBe(true);
  });

  it('flags, to be safe, new text whose textblock the update does not show', () => {
    const firstLetter = updateOf((doc) => (section(doc).get(1) as Y.XmlElement).insert(0, [text('F')]));
    expect(findUnknownContent(firstLetter)).toBe(true);
    // The walk then finds nothing to repair.
    const doc = openBase();
    Y.applyUpdate(doc, firstLetter);
    expect(repairDocument(doc)).toBe(false);
  });

  it('errs on the side of repair for an update it cannot read', () => {
    expect(findUnknownContent(new Uint8Array([1, 2, 3]))).toBe(true);
  });
});
