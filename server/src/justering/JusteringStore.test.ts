import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ContractBoard, seedContractBoard } from '../storage/testing/seedContractBoard';
import { type StorageHarness, storageBackends } from '../storage/testing/storageBackends';
import type { JusteringPlan, JusteringStore, Notice } from './JusteringStore';

const plan = (protocolDocumentId: string, signatories: JusteringPlan['signatories']): JusteringPlan => ({
  protocolDocumentId,
  plannedDate: '2019-11-27',
  immediate: false,
  keptAt: 'Kommunkansliet',
  namedBy: 'u1',
  namedAt: 100,
  signatories,
});

const signatory = (userId: string, role: 'chair' | 'justerare') => ({
  userId,
  role,
  approvedAt: null,
  approvedTextHash: null,
});

const notice = (protocolDocumentId: string, postedAt: number): Notice => ({
  protocolDocumentId,
  postedOn: '2019-11-28',
  postedAt,
  comesDownOn: '2019-12-19',
  keptAt: 'Kommunkansliet',
  immediate: true,
  header: {
    board: 'Hälsa och lärande',
    protocolNumber: '8/2019',
    paragraphNumber: 6,
    title: 'Remiss',
    caseNumber: 'HL 2019/310',
    meetingDate: '2019-11-20',
  },
});

describe.each(storageBackends)('JusteringStore contract ($engine)', (backend) => {
  let harness: StorageHarness;
  let board: ContractBoard;
  let store: JusteringStore;

  beforeEach(async () => {
    harness = await backend.open();
    board = await seedContractBoard(harness.storage);
    store = harness.storage.justering;
  });

  afterEach(async () => {
    await harness.dispose();
  });

  it('keeps the plan with its signatories in the order named; naming again drops every approval', async () => {
    expect(await store.getPlan(board.paragraphId)).toBeUndefined();
    await store.setPlan(plan(board.paragraphId, [signatory('u3', 'chair'), signatory('u1', 'justerare')]));
    await store.recordApproval(board.paragraphId, 'u3', 200, 'hash-1');
    expect(await store.getPlan(board.paragraphId)).toEqual(
      plan(board.paragraphId, [
        { userId: 'u3', role: 'chair', approvedAt: 200, approvedTextHash: 'hash-1' },
        signatory('u1', 'justerare'),
      ]),
    );
    await store.clearApproval(board.paragraphId, 'u3');
    await store.recordApproval(board.paragraphId, 'u1', 210, 'hash-2');
    expect((await store.getPlan(board.paragraphId))?.signatories.map((s) => s.approvedAt)).toEqual([null, 210]);

    const renamed = {
      ...plan(board.paragraphId, [signatory('u2', 'chair'), signatory('u1', 'justerare')]),
      immediate: true,
    };
    await store.setPlan(renamed);
    expect(await store.getPlan(board.paragraphId)).toEqual(renamed);
  });

  it('refuses a plan naming someone who does not exist, keeping the earlier one', async () => {
    await store.setPlan(plan(board.paragraphId, [signatory('u3', 'chair')]));
    await expect(
      store.setPlan(plan(board.paragraphId, [signatory('u1', 'chair'), signatory('nobody', 'justerare')])),
    ).rejects.toThrow();
    expect((await store.getPlan(board.paragraphId))?.signatories.map((s) => s.userId)).toEqual(['u3']);
  });

  it('posts notices once each and lists the newest first', async () => {
    await harness.storage.documents.createDocument({
      ...(await harness.storage.documents.getDocument(board.paragraphId))!,
      id: 'paragraph-2',
    });
    await store.postNotice(notice(board.paragraphId, 300));
    await store.postNotice(notice('paragraph-2', 400));
    await expect(store.postNotice(notice(board.paragraphId, 500))).rejects.toThrow();
    expect(await store.getNotice(board.paragraphId)).toEqual(notice(board.paragraphId, 300));
    expect(await store.getNotice(board.draftId)).toBeUndefined();
    expect((await store.listNotices()).map((found) => found.protocolDocumentId)).toEqual([
      'paragraph-2',
      board.paragraphId,
    ]);
  });

  it('reopens a justered paragraph in one go: correction recorded, approval, signatures and notice gone', async () => {
    const documents = harness.storage.documents;
    await store.setPlan(plan(board.paragraphId, [signatory('u3', 'chair'), signatory('u1', 'justerare')]));
    await store.recordApproval(board.paragraphId, 'u3', 200, 'hash-1');
    await store.recordApproval(board.paragraphId, 'u1', 201, 'hash-1');
    await documents.markApproved(board.paragraphId, 202, 'sum-1', 'text');
    await store.postNotice(notice(board.paragraphId, 300));

    await store.reopen({
      protocolDocumentId: board.paragraphId,
      correctedBy: 'u1',
      correctedAt: 400,
      reason: 'Fel i beslutsformuleringen',
      previousChecksum: 'sum-1',
    });
    const reopened = await documents.getDocument(board.paragraphId);
    expect(reopened).toMatchObject({ approvedAt: null, approvedChecksum: null });
    expect(await documents.approvedText(board.paragraphId)).toBeUndefined();
    expect(await documents.findApproved('sum-1')).toBeUndefined();
    expect((await store.getPlan(board.paragraphId))?.signatories.every((s) => s.approvedAt === null)).toBe(true);
    expect(await store.getNotice(board.paragraphId)).toBeUndefined();
    await store.reopen({
      protocolDocumentId: board.paragraphId,
      correctedBy: 'u1',
      correctedAt: 500,
      reason: 'Andra rättelsen',
      previousChecksum: null,
    });
    expect(await store.listCorrections(board.paragraphId)).toEqual([
      {
        protocolDocumentId: board.paragraphId,
        correctedBy: 'u1',
        correctedAt: 400,
        reason: 'Fel i beslutsformuleringen',
        previousChecksum: 'sum-1',
      },
      {
        protocolDocumentId: board.paragraphId,
        correctedBy: 'u1',
        correctedAt: 500,
        reason: 'Andra rättelsen',
        previousChecksum: null,
      },
    ]);
  });

  it('records nothing of a correction by someone unknown', async () => {
    await harness.storage.documents.markApproved(board.paragraphId, 202, 'sum-1', 'text');
    await expect(
      store.reopen({
        protocolDocumentId: board.paragraphId,
        correctedBy: 'nobody',
        correctedAt: 400,
        reason: 'x',
        previousChecksum: 'sum-1',
      }),
    ).rejects.toThrow();
    expect((await harness.storage.documents.getDocument(board.paragraphId))?.approvedChecksum).toBe('sum-1');
    expect(await store.listCorrections(board.paragraphId)).toEqual([]);
  });
});
