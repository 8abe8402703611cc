import { CONTENT_FRAGMENT } from '@yttra/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyProtocolContent } from '../content/emptyProtocolContent';
import { contentToUpdate } from '../contentToUpdate';
import { documentToJSON } from '../documentToJSON';
import { documentToText } from '../documentToText';
import { repairDocument } from './repairDocument';

/** An element with children, built the way an old or hostile client would write it. */
const element = (nodeName: string, ...children: Array<Y.XmlElement | Y.XmlText>) => {
  const node = new Y.XmlElement(nodeName);
  node.insert(0, children);
  return node;
};
const text = (value: string, attributes?: Record<string, unknown>) => {
  const node = new Y.XmlText();
  node.insert(0, value, attributes);
  return node;
};
const documentWith = (...children: Array<Y.XmlElement | Y.XmlText>) => {
  const doc = new Y.Doc();
  doc.getXmlFragment(CONTENT_FRAGMENT).insert(0, children);
  return doc;
};

describe('repairDocument', () => {
  it('replaces an unknown element by paragraphs holding its text, in place', () => {
    const doc = documentWith(
      element('paragraph', text('Före.')),
      element(
        'oldFancyBox',
        element('fancyTitle', text('Rubrik')),
        text('Brödtext '),
        text('fortsätter.', { bold: {} }),
      ),
      element('paragraph', text('Efter.')),
    );
    // Without the repair, y-prosemirror would delete the box and its text for everyone.
    expect(documentToText(documentWith(element('oldFancyBox', text('Borta'))))).toBe('');

    expect(repairDocument(doc)).toBe(true);
    expect(documentToJSON(doc).content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Före.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Rubrik' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Brödtext ' },
          { type: 'text', text: 'fortsätter.', marks: [{ type: 'bold' }] },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Efter.' }] },
    ]);
  });

  it('removes an unknown element that holds no text', () => {
    const doc = documentWith(element('paragraph', text('Kvar.')), element('oldDivider'));
    expect(repairDocument(doc)).toBe(true);
    expect(doc.getXmlFragment(CONTENT_FRAGMENT).toString()).toBe('<paragraph>Kvar.</paragraph>');
  });

  it('removes an unknown mark but keeps its text and the known marks', () => {
    const doc = documentWith(
      element('paragraph', text('Vanlig '), text('markerad', { highlight: { color: 'gul' }, italic: {} })),
    );
    // y-prosemirror drops a whole text that carries a mark the schema lacks.
    expect(documentToText(documentWith(element('paragraph', text('Borta', { highlight: {} }))))).toBe('');

    expect(repairDocument(doc)).toBe(true);
    expect(documentToJSON(doc).content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Vanlig ' },
          { type: 'text', text: 'markerad', marks: [{ type: 'italic' }] },
        ],
      },
    ]);
  });

  it('keeps the text of an unknown element inside a paragraph in that paragraph', () => {
    const doc = documentWith(element('paragraph', text('Hej '), element('mention', text('Eva')), text('!')));
    expect(repairDocument(doc)).toBe(true);
    expect(documentToText(doc)).toBe('Hej Eva!');
  });

  it('wraps text standing where only blocks belong, which would make y-prosemirror throw', () => {
    const doc = documentWith(text('Lös text'), element('protocolSection', text('I avsnittet')));
    expect(repairDocument(doc)).toBe(true);
    expect(documentToJSON(doc).content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Lös text' }] },
      {
        type: 'protocolSection',
        attrs: { sectionId: '' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'I avsnittet' }] }],
      },
    ]);
  });

  it('moves text found where no paragraph may stand to after the nearest block that takes paragraphs', () => {
    const doc = documentWith(
      element(
        'proposal',
        element('personList', element('oldPersonNote', text('Anteckning'))),
        element('paragraph', text('Text')),
      ),
    );
    expect(repairDocument(doc)).toBe(true);
    const proposal = documentToJSON(doc).content![0]!;
    expect(proposal.content!.map((node) => [node.type, node.content?.[0]?.text])).toEqual([
      ['personList', undefined],
      ['paragraph', 'Anteckning'],
      ['paragraph', 'Text'],
    ]);
  });

  it('leaves known content alone, and changes nothing the second time', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, contentToUpdate(emptyProtocolContent('Ärende')));
    const before = Y.encodeStateVector(doc);
    expect(repairDocument(doc)).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);

    const broken = documentWith(
      element('oldFancyBox', text('Ett')),
      element('paragraph', text('Två', { color: 'röd' })),
    );
    expect(repairDocument(broken)).toBe(true);
    const repaired = Y.encodeStateAsUpdate(broken);
    expect(repairDocument(broken)).toBe(false);
    expect(Y.encodeStateAsUpdate(broken)).toEqual(repaired);
  });

  it("runs inside the caller's transaction, so the repair travels in the same update", () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.transact(() => {
      doc.getXmlFragment(CONTENT_FRAGMENT).insert(0, [element('oldFancyBox', text('Text'))]);
      repairDocument(doc);
    }, 'network');
    expect(updates).toHaveLength(1);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, updates[0]!);
    expect(replica.getXmlFragment(CONTENT_FRAGMENT).toString()).toBe('<paragraph>Text</paragraph>');
  });

  it('repairs alike on every replica, so that concurrent repairs converge', () => {
    const source = documentWith(element('oldFancyBox', text('Samma')));
    const first = new Y.Doc();
    const second = new Y.Doc();
    Y.applyUpdate(first, Y.encodeStateAsUpdate(source));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(source));
    repairDocument(first);
    repairDocument(second);
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    expect(documentToText(first)).toBe(documentToText(second));
    expect(documentToText(first)).toContain('Samma');
  });
});
