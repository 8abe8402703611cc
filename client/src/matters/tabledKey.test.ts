import { describe, expect, it } from 'vitest';
import type { TabledEntry } from '../api/matter';
import { assembledEntries, isAssembled, tabledKey } from './tabledKey';

const entry = (documentId: string, version: number): TabledEntry => ({
  documentId,
  title: documentId,
  draftKind: 'proposal',
  groups: [],
  version,
  tabledAt: version,
});

describe('tabled versions and the paragraph', () => {
  const tabled = [entry('draftA123', 1), entry('draftA123', 2), entry('draftB123', 1)];
  const inserted = (draftDocumentId: string, draftVersion: number, assembledAt: number) => ({
    protocolDocumentId: 'para12345',
    draftDocumentId,
    draftVersion,
    assembledAt,
    assembledBy: 'sekreterare',
  });
  const assembled = [inserted('draftB123', 1, 20), inserted('draftA123', 2, 10), inserted('gone12345', 1, 5)];

  it('tells which version of which draft is inserted', () => {
    expect(isAssembled(entry('draftA123', 2), assembled)).toBe(true);
    expect(isAssembled(entry('draftA123', 1), assembled)).toBe(false);
    expect(tabledKey('draftA123', 2)).toBe('draftA123@2');
  });

  it('lists the inserted versions in insertion order, skipping unknown ones', () => {
    expect(assembledEntries(tabled, assembled).map((e) => tabledKey(e.documentId, e.version))).toEqual([
      'draftA123@2',
      'draftB123@1',
    ]);
  });
});
