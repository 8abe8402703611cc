import { CONTENT_FRAGMENT } from '@yttra/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AuthorshipRange } from '../storage/DocumentStore';
import { transactionAuthorship } from '../sync/transactionAuthorship';
import { authorLookup } from './authorLookup';
import { compareStates } from './compareStates';

/** A document whose every transaction is recorded as the current writer's, as the server records them. */
function authoredDocument() {
  const doc = new Y.Doc();
  const ranges: AuthorshipRange[] = [];
  let writer = '';
  doc.on('afterTransaction', (transaction: Y.Transaction) =>
    ranges.push(...transactionAuthorship(transaction, writer)),
  );
  const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
  return {
    doc,
    ranges,
    as(user: string, change: () => void) {
      writer = user;
      doc.transact(change);
    },
    paragraph(index: number): Y.XmlText {
      return (fragment.get(index) as Y.XmlElement).get(0) as Y.XmlText;
    },
    addParagraph(text: string) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      fragment.insert(fragment.length, [paragraph]);
    },
    removeParagraph(index: number) {
      fragment.delete(index, 1);
    },
    state: () => Y.encodeStateAsUpdate(doc),
  };
}

const summary = (result: ReturnType<typeof compareStates>) =>
  result.blocks.map((block) => [block.change, block.segments.map((s) => [s.text, s.change, s.authorId])]);

describe('compareStates', () => {
  it('marks what was added and removed between two garbage-collected states, with who did it', () => {
    const document = authoredDocument();
    document.as('anna', () => document.addParagraph('Kommunen ska bygga fler bostäder.'));
    document.as('anna', () => document.addParagraph('Andra stycket.'));
    const older = document.state();
    document.as('bo', () => document.paragraph(0).delete('Kommunen ska bygga '.length, 'fler '.length));
    document.as('cecilia', () => document.paragraph(0).insert(document.paragraph(0).length, ' Och förskolor.'));
    document.as('bo', () => document.removeParagraph(1));
    document.as('cecilia', () => document.addParagraph('Nytt stycke.'));
    const result = compareStates(older, document.state(), authorLookup(document.ranges));
    expect(summary(result)).toEqual([
      [
        null,
        [
          ['Kommunen ska bygga ', null, null],
          ['fler ', 'removed', 'bo'],
          ['bostäder.', null, null],
          [' Och förskolor.', 'added', 'cecilia'],
        ],
      ],
      // The new paragraph stands where the removed one stood: Yjs places it before the deleted one.
      ['added', [['Nytt stycke.', 'added', 'cecilia']]],
      ['removed', [['Andra stycket.', 'removed', 'bo']]],
    ]);
    expect(result.authorIds).toEqual(['bo', 'cecilia']);
    expect(result.changes).toBe(4);
  });

  it('leaves out what was written and deleted between the two, and finds nothing in equal states', () => {
    const document = authoredDocument();
    document.as('anna', () => document.addParagraph('Början.'));
    const older = document.state();
    document.as('anna', () => document.paragraph(0).insert(0, 'Tillfälligt '));
    document.as('bo', () => document.paragraph(0).delete(0, 'Tillfälligt '.length));
    const newer = document.state();
    expect(compareStates(older, newer, authorLookup(document.ranges)).changes).toBe(0);
    expect(compareStates(newer, newer, authorLookup(document.ranges)).changes).toBe(0);
  });

  it('reads text written again as before as unchanged, word by word', () => {
    const document = authoredDocument();
    document.as('anna', () => document.addParagraph('Kommunen ska bygga bostäder.'));
    const older = document.state();
    // A rewrite that deletes a stretch and writes most of it back, as a restore does.
    document.as('bo', () => {
      document.paragraph(0).delete('Kommunen ska '.length, 'bygga bostäde'.length);
      document.paragraph(0).insert('Kommunen ska '.length, 'bygga nya bostäde');
    });
    const result = compareStates(older, document.state(), authorLookup(document.ranges));
    expect(summary(result)).toEqual([
      [
        null,
        [
          ['Kommunen ska bygga ', null, null],
          ['nya ', 'added', 'bo'],
          ['bostäder.', null, null],
        ],
      ],
    ]);
  });

  it('compares a paragraph replaced by an equal one as one block', () => {
    const document = authoredDocument();
    document.as('anna', () => document.addParagraph('Samma text som förut.'));
    const older = document.state();
    document.as('bo', () => {
      document.removeParagraph(0);
      document.addParagraph('Samma text som förut, nästan.');
    });
    const result = compareStates(older, document.state(), authorLookup(document.ranges));
    expect(summary(result)).toEqual([
      [
        null,
        [
          ['Samma text som förut', null, null],
          [', nästan', 'added', 'bo'],
          ['.', null, null],
        ],
      ],
    ]);
  });
});
