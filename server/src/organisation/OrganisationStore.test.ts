import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ContractBoard, seedContractBoard } from '../storage/testing/seedContractBoard';
import { type StorageHarness, storageBackends } from '../storage/testing/storageBackends';
import type { Matter, OrganisationStore } from './OrganisationStore';

const matter = (fields: Partial<Matter> & Pick<Matter, 'id' | 'caseNumber'>): Matter => ({
  organisationId: 'hl',
  title: 'Ärende',
  kind: 'remiss',
  meetingDate: null,
  replyDeadline: null,
  status: 'drafting',
  createdAt: 300,
  ...fields,
});

describe.each(storageBackends)('OrganisationStore contract ($engine)', (backend) => {
  let harness: StorageHarness;
  let board: ContractBoard;
  let store: OrganisationStore;

  beforeEach(async () => {
    harness = await backend.open();
    board = await seedContractBoard(harness.storage);
    store = harness.storage.organisations;
  });

  afterEach(async () => {
    await harness.dispose();
  });

  it('creates a board with its parties in one go, listed bytewise by abbreviation', async () => {
    const parties = ['SD', 'Å', 'C', 'mp', 'KD'].map((abbreviation) => ({
      abbreviation,
      name: abbreviation,
      color: '#000',
    }));
    await store.createOrganisation({ id: 'bn', name: 'Byggnadsnämnden', templateId: 'standard' }, parties);
    expect(await store.getOrganisation('bn')).toEqual({ id: 'bn', name: 'Byggnadsnämnden', templateId: 'standard' });
    expect((await store.listParties('bn')).map((party) => party.abbreviation)).toEqual(['C', 'KD', 'SD', 'mp', 'Å']);
    expect(await store.getOrganisation('nope')).toBeUndefined();
    // A failing party leaves no half-created board behind.
    const clash = [
      { abbreviation: 'X', name: 'X', color: '#000' },
      { abbreviation: 'X', name: 'Y', color: '#000' },
    ];
    await expect(store.createOrganisation({ id: 'kf', name: 'KF', templateId: 'standard' }, clash)).rejects.toThrow();
    expect(await store.getOrganisation('kf')).toBeUndefined();
    expect(await store.listParties('kf')).toEqual([]);
  });

  it('keeps party groups of known parties, listed bytewise by name', async () => {
    await store.createPartyGroup({
      id: 'g-s',
      organisationId: 'hl',
      partyAbbreviation: 'S',
      name: 'Socialdemokraterna',
    });
    await store.createPartyGroup({ id: 'g-m', organisationId: 'hl', partyAbbreviation: 'M', name: 'Moderaterna' });
    await store.createPartyGroup({ id: 'g-v', organisationId: 'hl', partyAbbreviation: 'M', name: 'Åsa-gruppen' });
    await store.createPartyGroup({ id: 'g-a', organisationId: 'hl', partyAbbreviation: 'M', name: 'alla' });
    expect((await store.listPartyGroups('hl')).map((group) => group.id)).toEqual(['g-m', 'g-s', 'g-a', 'g-v']);
    await expect(
      store.createPartyGroup({ id: 'g-x', organisationId: 'hl', partyAbbreviation: 'XX', name: 'Okänt parti' }),
    ).rejects.toThrow();
  });

  it('sets, changes and removes memberships', async () => {
    await store.createPartyGroup({ id: 'g-m', organisationId: 'hl', partyAbbreviation: 'M', name: 'M' });
    await store.setMembership({ organisationId: 'hl', userId: 'u1', role: 'administrator', partyGroupId: null });
    await store.setMembership({ organisationId: 'hl', userId: 'u2', role: 'member', partyGroupId: 'g-m' });
    await store.setMembership({ organisationId: 'hl', userId: 'u1', role: 'chair', partyGroupId: null });
    expect(await store.membershipsOf('u1')).toEqual([
      { organisationId: 'hl', userId: 'u1', role: 'chair', partyGroupId: null },
    ]);
    expect((await store.listMembers('hl')).map((member) => [member.userId, member.role])).toEqual([
      ['u1', 'chair'],
      ['u2', 'member'],
    ]);
    await expect(
      store.setMembership({ organisationId: 'hl', userId: 'u3', role: 'owner' as never, partyGroupId: null }),
    ).rejects.toThrow();
    expect(await store.removeMembership('hl', 'u2')).toBe(true);
    expect(await store.removeMembership('hl', 'u2')).toBe(false);
    expect(await store.membershipsOf('u2')).toEqual([]);
  });

  it('lists matters by reply deadline (none last), then newest first, and changes their status', async () => {
    await store.createMatter(matter({ id: 'late', caseNumber: 'HL 2019/400', replyDeadline: '2020-03-01' }));
    await store.createMatter(matter({ id: 'none-old', caseNumber: 'HL 2019/401', createdAt: 301 }));
    await store.createMatter(matter({ id: 'none-new', caseNumber: 'HL 2019/402', createdAt: 302 }));
    await store.createMatter(matter({ id: 'soon', caseNumber: 'HL 2019/403', replyDeadline: '2019-11-30' }));
    expect((await store.listMatters(['hl'])).map((found) => found.id)).toEqual([
      'soon',
      'matter-1',
      'late',
      'none-new',
      'none-old',
    ]);
    expect(await store.listMatters([])).toEqual([]);
    await expect(store.createMatter(matter({ id: 'again', caseNumber: 'HL 2019/310' }))).rejects.toThrow();
    await store.setMatterStatus('late', 'meeting');
    expect((await store.getMatter('late'))?.status).toBe('meeting');
    expect(await store.getMatter('again')).toBeUndefined();
  });

  it('replaces the groups a document is shared with', async () => {
    await store.createPartyGroup({ id: 'g-s', organisationId: 'hl', partyAbbreviation: 'S', name: 'S' });
    await store.createPartyGroup({ id: 'g-m', organisationId: 'hl', partyAbbreviation: 'M', name: 'M' });
    expect(await store.documentGroups(board.draftId)).toEqual([]);
    await store.setDocumentGroups(board.draftId, ['g-s', 'g-m', 'g-s']);
    expect(await store.documentGroups(board.draftId)).toEqual(['g-m', 'g-s']);
    await store.setDocumentGroups(board.draftId, ['g-s']);
    expect(await store.documentGroups(board.draftId)).toEqual(['g-s']);
    // An unknown group fails the whole change: the sharing stays as it was.
    await expect(store.setDocumentGroups(board.draftId, ['g-m', 'g-unknown'])).rejects.toThrow();
    expect(await store.documentGroups(board.draftId)).toEqual(['g-s']);
  });

  it('shares a draft with some groups for suggestions only, and replacing the sharing replaces that too', async () => {
    await store.createPartyGroup({ id: 'g-s', organisationId: 'hl', partyAbbreviation: 'S', name: 'S' });
    await store.createPartyGroup({ id: 'g-m', organisationId: 'hl', partyAbbreviation: 'M', name: 'M' });
    await store.createPartyGroup({ id: 'g-x', organisationId: 'hl', partyAbbreviation: 'S', name: 'S 2' });
    await store.setDocumentGroups(board.draftId, ['g-s', 'g-m', 'g-x'], ['g-m', 'g-x']);
    // Suggest-only groups still have the draft: they read, comment and suggest.
    expect(await store.documentGroups(board.draftId)).toEqual(['g-m', 'g-s', 'g-x']);
    expect(await store.documentSuggestOnlyGroups(board.draftId)).toEqual(['g-m', 'g-x']);
    // A suggest-only id the draft is not shared with gives no access at all.
    await store.setDocumentGroups(board.draftId, ['g-s', 'g-x'], ['g-m']);
    expect(await store.documentGroups(board.draftId)).toEqual(['g-s', 'g-x']);
    expect(await store.documentSuggestOnlyGroups(board.draftId)).toEqual([]);
    await store.setDocumentGroups(board.draftId, ['g-s', 'g-x'], ['g-s']);
    expect(await store.documentSuggestOnlyGroups(board.draftId)).toEqual(['g-s']);
    // A failed change leaves the levels as they were, too.
    await expect(store.setDocumentGroups(board.draftId, ['g-m', 'g-unknown'], ['g-m'])).rejects.toThrow();
    expect(await store.documentGroups(board.draftId)).toEqual(['g-s', 'g-x']);
    expect(await store.documentSuggestOnlyGroups(board.draftId)).toEqual(['g-s']);
    await store.setDocumentGroups(board.draftId, ['g-m']);
    expect(await store.documentSuggestOnlyGroups(board.draftId)).toEqual([]);
  });

  it('numbers tabled versions 1, 2, … per draft, also when two instances table at once', async () => {
    const other = (await harness.openAnother()).organisations;
    const tabled = (state: number) => ({
      documentId: board.draftId,
      tabledAt: 400 + state,
      tabledBy: 'u1',
      contentJson: JSON.stringify({ type: 'doc', state }),
      state: new Uint8Array([state, 0, 255]),
    });
    const first = await store.addTabledVersion(tabled(1));
    expect(first.version).toBe(1);
    const racing = await Promise.all(
      [2, 3, 4, 5, 6, 7].map((n) => (n % 2 ? store : other).addTabledVersion(tabled(n))),
    );
    expect(racing.map((version) => version.version).sort()).toEqual([2, 3, 4, 5, 6, 7]);
    const versions = await other.listTabledVersions(board.draftId);
    expect(versions.map((version) => version.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(versions[0]).toEqual(first);
    expect(versions[0]?.state).toEqual(new Uint8Array([1, 0, 255]));
    expect(await store.listTabledVersions(board.paragraphId)).toEqual([]);
  });

  it('records an assembly once, however often it is recorded', async () => {
    await store.addTabledVersion({
      documentId: board.draftId,
      tabledAt: 1,
      tabledBy: 'u1',
      contentJson: '{}',
      state: new Uint8Array([1]),
    });
    const block = {
      protocolDocumentId: board.paragraphId,
      draftDocumentId: board.draftId,
      draftVersion: 1,
      assembledAt: 500,
      assembledBy: 'u1',
    };
    await store.recordAssembly(block);
    await store.recordAssembly({ ...block, assembledAt: 501 });
    expect(await store.listAssemblies(board.paragraphId)).toEqual([block]);
    expect(await store.listAssemblies(board.draftId)).toEqual([]);
  });
});
