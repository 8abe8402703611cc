import { describe, expect, it } from 'vitest';
import type { ThreadComment } from './commentsApi';
import { parseComment, parsePeople } from './commentsApi';
import { canHideComment, isBoardAdministrator, mentionablePeople, mentionsLabel, toggleMention } from './mentions';

const comment = (change: Partial<ThreadComment> = {}): ThreadComment => ({
  id: 'c',
  author: { id: 'a', name: 'A' },
  body: 'text',
  createdAt: 1,
  editedAt: null,
  mentions: [],
  deleted: false,
  hidden: false,
  ...change,
});

describe('mentionsLabel', () => {
  it('names the mentioned people, or nothing', () => {
    expect(mentionsLabel([])).toBeNull();
    expect(
      mentionsLabel([
        { id: '1', name: 'Anna' },
        { id: '2', name: 'Bo' },
      ]),
    ).toBe('Nämner: Anna, Bo');
  });
});

describe('toggleMention', () => {
  it('adds once and removes', () => {
    expect(toggleMention([], 'a', true)).toEqual(['a']);
    expect(toggleMention(['a'], 'a', true)).toEqual(['a']);
    expect(toggleMention(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleMention(['b'], 'a', false)).toEqual(['b']);
  });
});

describe('mentionablePeople', () => {
  it('leaves out the writer and sorts by name in Swedish', () => {
    const people = [
      { id: '3', name: 'Östen' },
      { id: '1', name: 'Me' },
      { id: '2', name: 'Åsa' },
      { id: '4', name: 'Anna' },
    ];
    expect(mentionablePeople(people, '1').map((person) => person.name)).toEqual(['Anna', 'Åsa', 'Östen']);
  });
});

describe('isBoardAdministrator', () => {
  const memberships = [
    { organisationId: 'hl', role: 'member' as const, partyGroupId: 'm' },
    { organisationId: 'other', role: 'administrator' as const, partyGroupId: null },
  ];
  it('looks at the membership of the document’s board only', () => {
    expect(isBoardAdministrator(memberships, 'hl')).toBe(false);
    expect(isBoardAdministrator(memberships, 'other')).toBe(true);
    expect(isBoardAdministrator(memberships, null)).toBe(false);
    expect(isBoardAdministrator([], 'hl')).toBe(false);
  });
});

describe('canHideComment', () => {
  it('lets administrators hide other people’s shown comments', () => {
    expect(canHideComment(comment(), 'me', true)).toBe(true);
    expect(canHideComment(comment(), 'me', false)).toBe(false);
    expect(canHideComment(comment({ author: { id: 'me', name: 'Me' } }), 'me', true)).toBe(false);
    expect(canHideComment(comment({ deleted: true, body: null }), 'me', true)).toBe(false);
    expect(canHideComment(comment({ hidden: true, body: null }), 'me', true)).toBe(false);
  });
});

describe('parsing mentions', () => {
  it('reads mentions of a comment, none when left out', () => {
    const raw = { id: 'c', author: { id: 'a', name: 'A' }, body: 'x', createdAt: 1 };
    expect(parseComment(raw).mentions).toEqual([]);
    expect(parseComment({ ...raw, mentions: [{ id: 'b', name: 'B' }] }).mentions).toEqual([{ id: 'b', name: 'B' }]);
    expect(() => parseComment({ ...raw, mentions: 'b' })).toThrow();
  });

  it('reads the people who may be mentioned', () => {
    expect(parsePeople({ people: [{ id: 'b', name: 'B' }] })).toEqual([{ id: 'b', name: 'B' }]);
    expect(() => parsePeople({})).toThrow();
  });
});
