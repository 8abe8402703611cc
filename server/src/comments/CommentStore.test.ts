import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ContractBoard, seedContractBoard } from '../storage/testing/seedContractBoard';
import { type StorageHarness, storageBackends } from '../storage/testing/storageBackends';
import type { CommentStore, StoredComment, StoredThread } from './CommentStore';

const thread = (id: string, documentId: string, createdAt: number): StoredThread => ({
  id,
  documentId,
  anchorStart: `start-${id}`,
  anchorEnd: `end-${id}`,
  quote: 'återremiss',
  createdBy: 'u1',
  createdAt,
  resolvedAt: null,
  resolvedBy: null,
});

const comment = (id: string, threadId: string, createdAt: number, mentions: string[] = []): StoredComment => ({
  id,
  threadId,
  authorId: 'u2',
  body: `Kommentar ${id} – åäö`,
  createdAt,
  editedAt: null,
  deletedAt: null,
  hiddenAt: null,
  hiddenBy: null,
  mentions,
});

describe.each(storageBackends)('CommentStore contract ($engine)', (backend) => {
  let harness: StorageHarness;
  let board: ContractBoard;
  let store: CommentStore;

  beforeEach(async () => {
    harness = await backend.open();
    board = await seedContractBoard(harness.storage);
    store = harness.storage.comments;
  });

  afterEach(async () => {
    await harness.dispose();
  });

  it('keeps threads with their comments, in time order, per document', async () => {
    await store.createThread(thread('t2', board.draftId, 20), comment('c2', 't2', 20, ['u3']));
    await store.createThread(thread('t1', board.draftId, 10), comment('c1', 't1', 10));
    await store.createThread(thread('t9', board.paragraphId, 5), comment('c9', 't9', 5));
    await store.addComment(comment('c3', 't1', 30));
    const listed = await store.listThreads(board.draftId);
    expect(listed.threads.map((found) => found.id)).toEqual(['t1', 't2']);
    expect(listed.comments.map((found) => found.id)).toEqual(['c1', 'c2', 'c3']);
    expect(listed.threads[0]).toEqual(thread('t1', board.draftId, 10));
    expect(await store.getComment('c2')).toEqual(comment('c2', 't2', 20, ['u3']));
    expect(await store.getThread('t9')).toEqual(thread('t9', board.paragraphId, 5));
    expect(await store.getThread('missing')).toBeUndefined();
    expect(await store.getComment('missing')).toBeUndefined();
  });

  it('keeps insertion order between comments of the same millisecond', async () => {
    await store.createThread(thread('t1', board.draftId, 10), comment('zz', 't1', 10));
    await store.addComment(comment('aa', 't1', 10));
    await store.addComment(comment('mm', 't1', 10));
    expect((await store.listThreads(board.draftId)).comments.map((found) => found.id)).toEqual(['zz', 'aa', 'mm']);
  });

  it('creates nothing when a thread’s first comment cannot be stored', async () => {
    await expect(
      store.createThread(thread('t1', board.draftId, 10), { ...comment('c1', 't1', 10), authorId: 'nobody' }),
    ).rejects.toThrow();
    expect(await store.getThread('t1')).toBeUndefined();
    await expect(store.createThread(thread('t2', 'no-document', 10), comment('c2', 't2', 10))).rejects.toThrow();
  });

  it('changes only the fields a change names, and resolves and reopens threads', async () => {
    await store.createThread(thread('t1', board.draftId, 10), comment('c1', 't1', 10));
    await store.updateComment('c1', { body: 'Ändrad', editedAt: 11 });
    await store.updateComment('c1', { hiddenAt: 12, hiddenBy: 'u1' });
    await store.updateComment('c1', { authorId: 'u3' } as never);
    expect(await store.getComment('c1')).toEqual({
      ...comment('c1', 't1', 10),
      body: 'Ändrad',
      editedAt: 11,
      hiddenAt: 12,
      hiddenBy: 'u1',
    });
    await store.updateComment('c1', { deletedAt: 13, hiddenAt: null, hiddenBy: null });
    expect(await store.getComment('c1')).toMatchObject({ deletedAt: 13, hiddenAt: null, hiddenBy: null });

    await store.setResolved('t1', 50, 'u1');
    expect(await store.getThread('t1')).toMatchObject({ resolvedAt: 50, resolvedBy: 'u1' });
    await store.setResolved('t1', null, null);
    expect(await store.getThread('t1')).toMatchObject({ resolvedAt: null, resolvedBy: null });
  });
});
