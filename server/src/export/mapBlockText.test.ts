import { describe, expect, it } from 'vitest';
import { mapBlockText } from './mapBlockText';

const upper = (text: string) => text.toUpperCase();

describe('mapBlockText', () => {
  it('transforms every printed field and leaves identifying fields and numbers alone', () => {
    expect(mapBlockText({ kind: 'heading', sectionId: 'beslut', text: 'Beslut' }, upper)).toEqual({
      kind: 'heading',
      sectionId: 'beslut',
      text: 'BESLUT',
    });
    expect(mapBlockText({ kind: 'numberedItem', number: 2, text: 'två' }, upper)).toEqual({
      kind: 'numberedItem',
      number: 2,
      text: 'TVÅ',
    });
  });

  it('transforms quote paragraphs, page header fields and attachment fields', () => {
    expect(mapBlockText({ kind: 'quote', paragraphs: ['a', 'b'] }, upper)).toEqual({
      kind: 'quote',
      paragraphs: ['A', 'B'],
    });
    expect(mapBlockText({ kind: 'pageHeader', board: 'n', protocol: 'p', meetingDate: 'd' }, upper)).toEqual({
      kind: 'pageHeader',
      board: 'N',
      protocol: 'P',
      meetingDate: 'D',
    });
    expect(mapBlockText({ kind: 'attachment', documentNumber: 'x-1', status: 's', title: 't' }, upper)).toEqual({
      kind: 'attachment',
      documentNumber: 'X-1',
      status: 'S',
      title: 'T',
    });
  });
});
