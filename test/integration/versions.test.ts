import type { Comparison, Version, VersionDetails } from '@yttra/api';
import { ADMINISTRATION_PROPOSAL } from '@yttra/domain';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { bearer, createTestBoard, type TestBoard } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

/** The draft's first paragraph: where a party starts writing. */
function firstText(client: SyncClient): Y.XmlText {
  for (const node of client.doc.getXmlFragment(CONTENT_FRAGMENT).createTreeWalker(() => true)) {
    if (node instanceof Y.XmlElement && node.nodeName === 'paragraph') {
      const existing = node.get(0);
      if (existing instanceof Y.XmlText) return existing;
      const text = new Y.XmlText();
      node.insert(0, [text]);
      return text;
    }
  }
  throw new Error('no paragraph');
}

const changed = (comparison: Comparison, change: 'added' | 'removed') =>
  comparison.blocks.flatMap((block) => block.segments.filter((segment) => segment.change === change));

describe('versions: who wrote what, saved, compared and restored', () => {
  let server: RunningServer;
  let board: TestBoard;
  let matterId = '';
  let draftId = '';
  const clients: SyncClient[] = [];
  const dataDir = makeDataDir();

  const api = async (path: string, user: keyof TestBoard['users'], init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...bearer(board.users[user]), ...init.headers },
    });
  const connect = async (documentId: string, user: keyof TestBoard['users']) => {
    const client = connectClient(server.url, documentId, board.users[user].token);
    clients.push(client);
    await waitForSync(client);
    return client;
  };
  const listVersions = async (user: keyof TestBoard['users'] = 'memberM') => {
    const response = await api(`/api/documents/${draftId}/versions`, user);
    expect(response.status).toBe(200);
    return ((await response.json()) as { versions: Version[] }).versions;
  };
  const compare = async (from: string, to = 'now', user: keyof TestBoard['users'] = 'memberM') => {
    const response = await api(`/api/documents/${draftId}/compare?from=${from}&to=${to}`, user);
    expect(response.status).toBe(200);
    return (await response.json()) as Comparison;
  };

  beforeAll(async () => {
    // A short quiet period, and compaction after every few appends: authorship must survive it.
    server = await startTestServer({
      dataDir: dataDir.dataDir,
      environment: { VERSION_QUIET_MS: '400', COMPACT_AFTER_UPDATES: '3' },
    });
    board = await createTestBoard(server);
    const matter = await api('/api/matters', 'admin', {
      method: 'POST',
      body: JSON.stringify({ organisationId: 'hl', caseNumber: 'HL 2019/310', title: 'Samverkan' }),
    });
    matterId = ((await matter.json()) as { matter: { id: string } }).matter.id;
    const draft = await api(`/api/matters/${matterId}/drafts`, 'memberM', {
      method: 'POST',
      body: JSON.stringify({ title: 'Förslag', draftKind: 'proposal' }),
    });
    draftId = ((await draft.json()) as { id: string }).id;
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    dataDir.remove();
  });

  it('saves a version after a quiet spell, naming both writers, and keeps it through compaction', async () => {
    const m = await connect(draftId, 'memberM');
    const m2 = await connect(draftId, 'memberM2');
    firstText(m).insert(0, 'Kommunen ska ');
    await waitFor(() => m2.text().includes('Kommunen ska '), 5_000, 'M2 to see M');
    const text = firstText(m2);
    text.insert(text.length, 'bygga fler bostäder.');
    await waitFor(async () => (await listVersions()).some((v) => v.reason === 'auto'), 10_000, 'an automatic version');
    const [auto] = await listVersions();
    expect(auto?.name).toBeNull();
    expect(auto?.createdBy).toBeNull();
    expect(auto?.authors.map((author) => author.name).sort()).toEqual(['memberM', 'memberM2']);
    // Nothing new written: no second automatic version.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await listVersions()).length).toBe(1);
  });

  it('names a version on request, and gives its content and text', async () => {
    const response = await api(`/api/documents/${draftId}/versions`, 'memberM', {
      method: 'POST',
      body: JSON.stringify({ name: 'Före L:s ändringar' }),
    });
    expect(response.status).toBe(201);
    const { version } = (await response.json()) as { version: Version };
    expect(version).toMatchObject({ name: 'Före L:s ändringar', reason: 'named', createdBy: { name: 'memberM' } });
    // Nobody wrote since the automatic version.
    expect(version.authors).toEqual([]);
    const details = await api(`/api/documents/${draftId}/versions/${version.id}`, 'memberM');
    expect(details.status).toBe(200);
    const body = (await details.json()) as VersionDetails;
    expect(body.text).toContain('Kommunen ska bygga fler bostäder.');
    expect(JSON.stringify(body.content)).toContain('bygga fler bostäder.');
    for (const bad of [{ name: '' }, { name: 'x'.repeat(121) }, {}]) {
      const refused = await api(`/api/documents/${draftId}/versions`, 'memberM', {
        method: 'POST',
        body: JSON.stringify(bad),
      });
      expect(refused.status).toBe(400);
    }
    expect((await listVersions()).length).toBe(2);
  });

  it('compares a version with now: additions and removals marked with who made them', async () => {
    const named = (await listVersions()).find((v) => v.reason === 'named')!;
    const [m, m2] = clients as [SyncClient, SyncClient];
    // M deletes "fler ", M2 adds a sentence; compaction runs many times in between.
    const text = firstText(m);
    const at = text.toString().indexOf('fler ');
    text.delete(at, 'fler '.length);
    await waitFor(() => !m2.text().includes('fler '), 5_000, 'M2 to see the deletion');
    const other = firstText(m2);
    other.insert(other.length, ' Och förskolor.');
    await waitFor(() => m.text().includes('Och förskolor.'), 5_000, 'M to see M2');
    const comparison = await waitForChanges(named.id, 2);
    expect(comparison.from.ref).toBe(named.id);
    expect(comparison.to.ref).toBe('now');
    const names = new Map(comparison.authors.map((author) => [author.id, author.name]));
    const removed = changed(comparison, 'removed');
    const added = changed(comparison, 'added');
    expect(removed.map((segment) => [segment.text, names.get(segment.authorId!)])).toEqual([['fler ', 'memberM']]);
    // Compared word by word.
    expect(added.map((segment) => [segment.text, names.get(segment.authorId!)])).toEqual([
      [' Och förskolor.', 'memberM2'],
    ]);
    // Asked the other way round, it is put in order: the older side first.
    const reversed = await compare('now', named.id);
    expect(reversed.from.ref).toBe(named.id);
    expect(changed(reversed, 'added').map((segment) => segment.text)).toEqual([' Och förskolor.']);
  });

  async function waitForChanges(from: string, changes: number): Promise<Comparison> {
    let comparison: Comparison | undefined;
    await waitFor(
      async () => {
        comparison = await compare(from);
        return comparison.changes === changes;
      },
      5_000,
      `${changes} changes`,
    );
    return comparison!;
  }

  it('restores a version as a new forward change that connected clients see live', async () => {
    const [m, m2] = clients as [SyncClient, SyncClient];
    const named = (await listVersions()).find((v) => v.reason === 'named')!;
    const before = (await listVersions()).length;
    const response = await api(`/api/documents/${draftId}/versions/${named.id}/restore`, 'memberM2', {
      method: 'POST',
    });
    expect(response.status).toBe(201);
    const { version } = (await response.json()) as { version: Version };
    expect(version.reason).toBe('restored');
    expect(version.name).toContain('Före L:s ändringar');
    expect(version.createdBy?.name).toBe('memberM2');
    for (const client of [m, m2]) {
      await waitFor(
        () => client.text().includes('Kommunen ska bygga fler bostäder.') && !client.text().includes('förskolor'),
        5_000,
        'the restore to arrive live',
      );
    }
    const after = await listVersions();
    // The unsaved edits got their own version first; nothing was rewritten.
    expect(after.length).toBe(before + 2);
    expect(after.at(-2)?.reason).toBe('auto');
    expect(after.at(-1)?.id).toBe(version.id);
    const kept = await compare(after.at(-2)!.id, version.id);
    // The restore's net change, word by word: M2's sentence goes, M's deleted word comes back.
    expect(changed(kept, 'removed').map((segment) => segment.text)).toEqual(['. Och förskolor']);
    expect(changed(kept, 'added').map((segment) => segment.text)).toEqual(['fler ']);
    // Against the version it restored, nothing differs.
    expect((await compare(named.id, version.id)).changes).toBe(0);
    // The restore's own insertion is the restorer's.
    const names = new Map(kept.authors.map((author) => [author.id, author.name]));
    expect(names.get(changed(kept, 'added')[0]!.authorId!)).toBe('memberM2');
    // Clients keep writing on top of the restore.
    const text = firstText(m);
    text.insert(text.length, ' Efteråt.');
    await waitFor(() => m2.text().includes('Efteråt.'), 5_000, 'edits after the restore');
  });

  it('saves a version at tabling, which the draft compares with', async () => {
    const tabled = await api(`/api/documents/${draftId}/table`, 'memberM', { method: 'POST' });
    expect(tabled.status).toBe(201);
    const versions = await listVersions();
    expect(versions.at(-1)).toMatchObject({ reason: 'tabled', name: 'Inlämnad version 1' });
    const text = firstText(clients[0]!);
    text.insert(text.length, ' Senare.');
    await waitFor(async () => (await compare('tabled-1')).changes === 1, 5_000, 'a change since tabling');
    const comparison = await compare('tabled-1');
    expect(comparison.from.label).toBe('Inlämnad version 1');
    expect(changed(comparison, 'added').map((segment) => segment.text)).toEqual([' Senare.']);
    const sameState = await compare(versions.at(-1)!.id);
    expect(changed(sameState, 'added').map((segment) => segment.text)).toEqual([' Senare.']);
  });

  it("keeps a party's draft history within its groups, lets reviewers read it and only writers change it", async () => {
    const version = (await listVersions()).at(0)!;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const paths = [
      `/api/documents/${draftId}/versions`,
      `/api/documents/${draftId}/versions/${version.id}`,
      `/api/documents/${draftId}/compare?from=${version.id}`,
    ];
    for (const path of paths) {
      for (const outsider of ['memberL', 'memberV', 'admin', 'chair', 'outsider'] as const) {
        const refused = await api(path, outsider);
        const unknownAnswer = await api(path.replace(draftId, 'nonexistent-document-id-0001'), outsider);
        expect(refused.status, `${outsider} ${path}`).toBe(404);
        expect(await refused.json()).toEqual(await unknownAnswer.json());
      }
      expect((await api(path, 'reviewerM')).status, path).toBe(200);
    }
    const writes = [
      [`/api/documents/${draftId}/versions`, JSON.stringify({ name: 'Granskarens' })],
      [`/api/documents/${draftId}/versions/${version.id}/restore`, undefined],
    ] as const;
    for (const [path, body] of writes) {
      expect((await api(path, 'reviewerM', { method: 'POST', body })).status).toBe(403);
      expect((await api(path, 'memberL', { method: 'POST', body })).status).toBe(404);
    }
    expect((await api(`/api/documents/${draftId}/versions/${unknown}`, 'memberM')).status).toBe(404);
    expect(
      (await api(`/api/documents/${draftId}/versions/${unknown}/restore`, 'memberM', { method: 'POST' })).status,
    ).toBe(404);
    expect((await api(`/api/documents/${draftId}/compare?from=bogus`, 'memberM')).status).toBe(400);
    expect((await api(`/api/documents/${draftId}/compare?from=tabled-9`, 'memberM')).status).toBe(404);
  });

  it("reads an approved paragraph's history but never restores it", async () => {
    const matter = (await (await api(`/api/matters/${matterId}`, 'admin')).json()) as {
      documents: { id: string; role: string }[];
    };
    const protocolId = matter.documents.find((document) => document.role === 'protocol')!.id;
    const admin = await connect(protocolId, 'admin');
    admin.appendParagraph('Sekreterarens anteckning.');
    const named = await api(`/api/documents/${protocolId}/versions`, 'admin', {
      method: 'POST',
      body: JSON.stringify({ name: 'Före justering' }),
    });
    expect(named.status).toBe(201);
    const { version } = (await named.json()) as { version: Version };
    expect(version.authors.map((author) => author.name)).toEqual(['admin']);
    // Milestones: the tabled draft inserted, the outcome recorded; each a version in the secretary's name.
    const assembled = await api(`/api/matters/${matterId}/assemble`, 'admin', {
      method: 'POST',
      body: JSON.stringify({ draftDocumentId: draftId, version: 1 }),
    });
    expect(assembled.status).toBe(200);
    const outcome = await api(`/api/matters/${matterId}/outcome`, 'admin', {
      method: 'POST',
      body: JSON.stringify({ winningProposal: ADMINISTRATION_PROPOSAL }),
    });
    expect(outcome.status).toBe(200);
    const history = (await (await api(`/api/documents/${protocolId}/versions`, 'admin')).json()) as {
      versions: Version[];
    };
    expect(history.versions.map((entry) => [entry.reason, entry.createdBy?.name])).toEqual([
      ['named', 'admin'],
      ['inserted', 'admin'],
      ['outcome', 'admin'],
    ]);
    expect(history.versions[1]?.name).toBe('Infört: Förslag, inlämnad version 1');
    // The insertion is written in the secretary's name: the comparison says who added the draft's text.
    const inserted = (await (
      await api(`/api/documents/${protocolId}/compare?from=${version.id}&to=${history.versions[1]!.id}`, 'admin')
    ).json()) as Comparison;
    expect(inserted.authors.map((author) => author.name)).toEqual(['admin']);
    expect(
      changed(inserted, 'added')
        .map((segment) => segment.text)
        .join(''),
    ).toContain('Kommunen ska bygga');
    await server.store.markApproved(protocolId, Date.now(), 'a'.repeat(64), 'text');
    const restore = await api(`/api/documents/${protocolId}/versions/${version.id}/restore`, 'admin', {
      method: 'POST',
    });
    expect(restore.status).toBe(409);
    const again = await api(`/api/documents/${protocolId}/versions`, 'admin', {
      method: 'POST',
      body: JSON.stringify({ name: 'Efter' }),
    });
    expect(again.status).toBe(409);
    for (const reader of ['admin', 'chair', 'memberV', 'reviewerV'] as const) {
      expect((await api(`/api/documents/${protocolId}/versions`, reader)).status, reader).toBe(200);
    }
  });
});

describe('versions across a restart', () => {
  it('saves the edits a stopped server had not yet versioned when the document next loads', async () => {
    const dataDir = makeDataDir();
    // An hour's quiet period: no automatic version can come from the timer during the test.
    const environment = { VERSION_QUIET_MS: '3600000' };
    let server = await startTestServer({ dataDir: dataDir.dataDir, environment });
    try {
      const board = await createTestBoard(server);
      const created = await fetch(`${server.url}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(board.users.admin) },
        body: JSON.stringify({ title: 'Anteckningar', kind: 'text' }),
      });
      const documentId = ((await created.json()) as { id: string }).id;
      const client = connectClient(server.url, documentId, board.users.admin.token);
      await waitForSync(client);
      client.appendParagraph('Skrivet före omstarten.');
      const versions = async () =>
        (
          (await (
            await fetch(`${server.url}/api/documents/${documentId}/versions`, { headers: bearer(board.users.admin) })
          ).json()) as { versions: Version[] }
        ).versions;
      await waitFor(
        async () => (await server.store.loadUpdates(documentId)).length > 1,
        5_000,
        'the paragraph to be stored',
      );
      expect(await versions()).toEqual([]);
      client.destroy();
      await server.close();
      server = await startTestServer({ dataDir: dataDir.dataDir, environment });
      const reader = connectClient(server.url, documentId, board.users.admin.token);
      await waitForSync(reader);
      await waitFor(async () => (await versions()).length === 1, 5_000, 'a version at load');
      const [saved] = await versions();
      expect(saved).toMatchObject({ reason: 'auto', authors: [{ name: 'admin' }] });
      const details = (await (
        await fetch(`${server.url}/api/documents/${documentId}/versions/${saved!.id}`, {
          headers: bearer(board.users.admin),
        })
      ).json()) as VersionDetails;
      expect(details.text).toContain('Skrivet före omstarten.');
      reader.destroy();
    } finally {
      await server.close();
      dataDir.remove();
    }
  });
});
