import { createHash } from 'node:crypto';
import { CloseCode } from '@yttra/protocol';
import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCommentStream } from '../support/commentStream';
import { EXPECTED, RESOURCES, type Resource, ROLES, UNKNOWN, type Who } from '../support/permissionMatrix';
import { openRawSocket } from '../support/rawSocket';
import { connectClient, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { bearer, createTestBoard, type TestBoard } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

const cases = RESOURCES.flatMap((resource) =>
  ROLES.map((who) => ({ resource, who, expected: EXPECTED[resource][who] })),
);

// What happens to open channels when access changes is in liveRevocation.test.ts; refusals compared with
// unknown ids on every route in refusals.test.ts.
describe('the permission matrix: every role × every resource × every path', () => {
  let server: RunningServer;
  let board: TestBoard;
  const ids = {} as Record<Resource, string>;
  const titles = {} as Record<Resource, string>;
  let matterId: string;
  const dataDir = makeDataDir();
  const clients: SyncClient[] = [];

  const headersOf = (who: Who): Record<string, string> => (who === 'anonymous' ? {} : bearer(board.users[who]));
  const tokenOf = (who: Who) => (who === 'anonymous' ? '' : board.users[who].token);
  async function api(who: Who, method: string, path: string, body?: unknown) {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headersOf(who) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, text, json: text.startsWith('{') ? JSON.parse(text) : undefined };
  }
  const client = (who: Who, resource: Resource) => {
    const created = connectClient(server.url, ids[resource], tokenOf(who));
    clients.push(created);
    return created;
  };

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
    const matter = await api('admin', 'POST', '/api/matters', {
      organisationId: board.organisationId,
      caseNumber: 'HL 2019/310',
      title: 'Samverkansöverenskommelse med polisen',
      meetingDate: '2019-08-29',
    });
    expect(matter.status).toBe(201);
    matterId = matter.json.matter.id;
    ids.protocol = matter.json.protocolDocumentId;
    titles.protocol = 'HL 2019/310 Samverkansöverenskommelse med polisen';

    const draftML = await api('memberM', 'POST', `/api/matters/${matterId}/drafts`, {
      title: 'Hemligt M+L-förslag',
      draftKind: 'proposal',
    });
    ids.draftML = draftML.json.id;
    titles.draftML = 'Hemligt M+L-förslag';
    expect(
      (
        await api('memberM', 'PUT', `/api/documents/${ids.draftML}/groups`, {
          partyGroupIds: [board.groups.m, board.groups.l],
        })
      ).status,
    ).toBe(200);

    const draftV = await api('memberV', 'POST', `/api/matters/${matterId}/drafts`, {
      title: 'V:s särskilda uttalande',
      draftKind: 'statement',
    });
    ids.draftV = draftV.json.id;
    titles.draftV = 'V:s särskilda uttalande';
    const writer = client('memberV', 'draftV');
    await waitForSync(writer);
    writer.appendParagraph('Inlämnad text från V.');
    await waitFor(() => writer.text().includes('Inlämnad text från V.'), 2_000, 'V text');
    await server.writer.drain();
    expect((await api('memberV', 'POST', `/api/documents/${ids.draftV}/table`)).status).toBe(201);

    const free = await api('memberM', 'POST', '/api/documents', { title: 'Gemensamma anteckningar', kind: 'text' });
    ids.free = free.json.id;
    titles.free = 'Gemensamma anteckningar';
  });

  afterAll(async () => {
    for (const created of clients) created.destroy();
    await server.close();
    dataDir.remove();
  });

  it.each(cases)('HTTP metadata: $who on $resource → $expected', async ({ resource, who, expected }) => {
    const response = await api(who, 'GET', `/api/documents/${ids[resource]}`);
    if (expected) {
      expect(response.status).toBe(200);
      expect(response.json.access).toEqual({
        read: true,
        write: expected === 'RW',
        comment: expect.any(Boolean),
        suggest: expect.any(Boolean),
      });
    } else {
      expect(response.status).toBe(who === 'anonymous' ? 401 : 404);
      expect(Object.keys(response.json)).toEqual(['error']);
      expect(response.text).not.toContain(titles[resource]);
      // Refused looks exactly like unknown: the same status and the same body.
      if (who !== 'anonymous') expect(response.text).toBe((await api(who, 'GET', `/api/documents/${UNKNOWN}`)).text);
    }
  });

  it.each(cases.filter(({ resource }) => resource !== 'free'))(
    'export: $who on $resource → $expected',
    async ({ resource, who, expected }) => {
      const response = await api(who, 'GET', `/api/documents/${ids[resource]}/export/txt`);
      expect(response.status).toBe(expected ? 200 : who === 'anonymous' ? 401 : 404);
      if (!expected) expect(response.text).not.toContain('Inlämnad text');
      if (!expected && who !== 'anonymous') {
        expect(response.text).toBe((await api(who, 'GET', `/api/documents/${UNKNOWN}/export/txt`)).text);
      }
    },
  );

  it.each(cases)('WebSocket connect: $who on $resource → $expected', async ({ resource, who, expected }) => {
    const raw = await openRawSocket(server.url, ids[resource], who === 'anonymous' ? {} : { token: tokenOf(who) });
    if (expected) {
      await waitFor(() => raw.received.length > 0, 5_000, 'sync step 1');
      raw.socket.close();
    } else {
      const closed = await raw.closed;
      expect(closed.code).toBe(who === 'anonymous' ? CloseCode.unauthorized : CloseCode.unknownDocument);
      // A refusal carries no content: not one frame was sent before the close.
      expect(raw.received).toEqual([]);
      if (who !== 'anonymous') {
        // Refused closes exactly like an unknown document: same code, same reason.
        const unknown = await openRawSocket(server.url, UNKNOWN, { token: tokenOf(who) });
        expect(await unknown.closed).toEqual(closed);
      }
    }
  });

  it.each(cases)('comment stream (SSE): $who on $resource → $expected', async ({ resource, who, expected }) => {
    const stream = await openCommentStream(server.url, ids[resource], headersOf(who));
    if (expected) {
      expect(stream.status).toBe(200);
      await waitFor(() => stream.received.length > 0, 5_000, 'the first threads event');
    } else {
      expect(stream.status).toBe(who === 'anonymous' ? 401 : 404);
      expect(stream.received).toEqual([]);
    }
    stream.close();
  });

  it.each(cases.filter(({ expected }) => expected !== ''))(
    'WebSocket write: $who on $resource → $expected',
    async ({ resource, who, expected }) => {
      const owner: Who = resource === 'draftV' ? 'memberV' : resource === 'draftML' ? 'memberM' : 'admin';
      const witness = client(owner, resource);
      const writer = client(who, resource);
      await Promise.all([waitForSync(witness), waitForSync(writer)]);
      const marker = `skrivet av ${who} i ${resource}`;
      writer.appendParagraph(marker);
      if (expected === 'RW') {
        await waitFor(() => witness.text().includes(marker), 5_000, 'the write to arrive');
      } else {
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(witness.text()).not.toContain(marker);
        const fresh = client(owner, resource);
        await waitForSync(fresh);
        expect(fresh.text()).not.toContain(marker);
        // The refused client stays connected and in sync for what it may see.
        expect(writer.provider.wsconnected).toBe(true);
      }
    },
  );

  it.each(ROLES)('tabled versions: %s', async (who) => {
    const tabledV = await api(who, 'GET', `/api/documents/${ids.draftV}/tabled`);
    const untabledML = await api(who, 'GET', `/api/documents/${ids.draftML}/tabled`);
    if (who === 'anonymous') {
      expect([tabledV.status, untabledML.status]).toEqual([401, 401]);
      return;
    }
    if (who === 'outsider') {
      expect([tabledV.status, untabledML.status]).toEqual([404, 404]);
      return;
    }
    // Once tabled, a draft's version is visible to the whole board; an untabled one only to its groups.
    expect(tabledV.status).toBe(200);
    expect(tabledV.json.tabled[0].text).toContain('Inlämnad text från V.');
    expect(untabledML.status).toBe(EXPECTED.draftML[who] ? 200 : 404);
    if (!EXPECTED.draftML[who]) expect(untabledML.text).not.toContain(titles.draftML);
  });

  it.each(ROLES)('matter page and lists: %s sees only what it may', async (who) => {
    const matter = await api(who, 'GET', `/api/matters/${matterId}`);
    if (who === 'anonymous' || who === 'outsider') {
      expect(matter.status).toBe(who === 'anonymous' ? 401 : 404);
      return;
    }
    const visible = (matter.json.documents as { id: string }[]).map((document) => document.id).sort();
    const expectedIds = (['protocol', 'draftML', 'draftV'] as Resource[])
      .filter((resource) => EXPECTED[resource][who])
      .map((resource) => ids[resource])
      .sort();
    expect(visible).toEqual(expectedIds);
    if (!EXPECTED.draftML[who]) expect(matter.text).not.toContain(titles.draftML);
    const matters = await api(who, 'GET', '/api/matters');
    expect(matters.json.matters.map((entry: { id: string }) => entry.id)).toEqual([matterId]);
  });

  it.each([
    [
      'share a draft',
      'PUT',
      (): string => `/api/documents/${ids.draftML}/groups`,
      (): unknown => ({ partyGroupIds: [board.groups.m, board.groups.v] }),
      ['memberM', 'memberL'],
    ],
    [
      'table a draft',
      'POST',
      (): string => `/api/documents/${ids.draftML}/table`,
      (): unknown => undefined,
      ['memberM', 'memberL'],
    ],
    [
      'assemble',
      'POST',
      (): string => `/api/matters/${matterId}/assemble`,
      (): unknown => ({ draftDocumentId: ids.draftV, version: 1 }),
      ['admin'],
    ],
    [
      'record the outcome',
      'POST',
      (): string => `/api/matters/${matterId}/outcome`,
      (): unknown => ({ winningProposal: 'administration' }),
      ['admin', 'chair'],
    ],
    [
      'create a matter',
      'POST',
      (): string => '/api/matters',
      (): unknown => ({ organisationId: board.organisationId, caseNumber: 'HL 2019/999', title: 'Nytt' }),
      ['admin'],
    ],
  ] as const)('only the right roles may %s', async (_name, method, path, body, allowed) => {
    for (const who of ROLES.filter((role) => !(allowed as readonly string[]).includes(role))) {
      const response = await api(who, method, path(), body());
      expect([401, 403, 404], `${who} got ${response.status}`).toContain(response.status);
    }
  });

  it('shows presence only within a group and to and from staff', async () => {
    const m = client('memberM', 'protocol');
    const v = client('memberV', 'protocol');
    const admin = client('admin', 'protocol');
    await Promise.all([m, v, admin].map((joined) => waitForSync(joined)));
    m.provider.awareness.setLocalStateField('user', { name: 'M-ledamot' });
    admin.provider.awareness.setLocalStateField('user', { name: 'Sekreteraren' });
    v.provider.awareness.setLocalStateField('user', { name: 'V-ledamot' });
    await waitFor(() => admin.provider.awareness.getStates().has(m.doc.clientID), 5_000, 'staff to see M');
    await waitFor(() => m.provider.awareness.getStates().has(admin.doc.clientID), 5_000, 'M to see staff');
    await waitFor(() => v.provider.awareness.getStates().has(admin.doc.clientID), 5_000, 'V to see staff');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(v.provider.awareness.getStates().has(m.doc.clientID)).toBe(false);
    expect(m.provider.awareness.getStates().has(v.doc.clientID)).toBe(false);
  });

  it('shows coalition partners each other in a draft they share', async () => {
    const m = client('memberM', 'draftML');
    const l = client('memberL', 'draftML');
    await Promise.all([waitForSync(m), waitForSync(l)]);
    m.provider.awareness.setLocalStateField('user', { name: 'M' });
    l.provider.awareness.setLocalStateField('user', { name: 'L' });
    await waitFor(() => l.provider.awareness.getStates().has(m.doc.clientID), 5_000, 'L to see M');
    await waitFor(() => m.provider.awareness.getStates().has(l.doc.clientID), 5_000, 'M to see L');
  });

  it('locks the paragraph for everyone once approved, and its checksum verifies', async () => {
    const admin = client('admin', 'protocol');
    await waitForSync(admin);
    // The secretary names the chair and a justerare; nobody else may, and nobody else may sign.
    const plan = {
      chairUserId: board.users.chair.id,
      justerareUserIds: [board.users.memberV.id],
      plannedDate: '2019-09-05',
      keptAt: 'Stadsdelsförvaltningen, Årstaängsvägen 21',
    };
    expect((await api('memberM', 'PUT', `/api/matters/${matterId}/justering`, plan)).status).toBe(403);
    expect((await api('admin', 'PUT', `/api/matters/${matterId}/justering`, plan)).status).toBe(200);
    expect((await api('memberM', 'POST', `/api/matters/${matterId}/justering/approve`)).status).toBe(403);
    expect((await api('admin', 'POST', `/api/matters/${matterId}/justering/approve`)).status).toBe(403);
    // A paragraph without its numbers would print placeholders: it cannot be justered yet.
    const unnumbered = await api('chair', 'POST', `/api/matters/${matterId}/justering/approve`);
    expect(unnumbered.status).toBe(409);
    expect(unnumbered.json.problems).toEqual(['Protokollnumret saknas.', 'Paragrafnumret saknas.']);
    const draftExport = await (
      await fetch(`${server.url}/api/documents/${ids.protocol}/export/txt`, { headers: headersOf('admin') })
    ).text();
    expect(draftExport.split('\n')[0]).toBe('UTKAST – protokollnummer och paragrafnummer saknas');
    expect(draftExport).toContain('§ [saknas]');
    expect(draftExport).not.toMatch(/§ 0|Protokoll nr \n/);
    admin.setHeaderNumbers('8/2019', 6);
    await waitFor(
      async () =>
        (
          await (
            await fetch(`${server.url}/api/documents/${ids.protocol}/export/txt`, { headers: headersOf('admin') })
          ).text()
        ).includes('§ 6'),
      5_000,
      'the numbers to be stored',
    );
    expect((await api('chair', 'POST', `/api/matters/${matterId}/justering/approve`)).status).toBe(200);
    expect((await api('admin', 'GET', `/api/documents/${ids.protocol}`)).json.access.write).toBe(true);
    const justered = await api('memberV', 'POST', `/api/matters/${matterId}/justering/approve`);
    expect(justered.status).toBe(200);
    const approved = { json: { checksum: justered.json.checksum as string } };
    expect(approved.json.checksum).toMatch(/^[0-9a-f]{64}$/);
    admin.appendParagraph('Efter justering');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reader = client('memberV', 'protocol');
    await waitForSync(reader);
    expect(reader.text()).not.toContain('Efter justering');
    expect((await api('admin', 'GET', `/api/documents/${ids.protocol}`)).json.access.write).toBe(false);
    const exported = await fetch(`${server.url}/api/documents/${ids.protocol}/export/txt`, {
      headers: headersOf('memberV'),
    });
    expect(exported.headers.get('x-yttra-checksum')).toBe(approved.json.checksum);
    // The checksum is of the downloaded text file itself, so it cannot stand inside it.
    const body = Buffer.from(await exported.arrayBuffer());
    expect(createHash('sha256').update(body).digest('hex')).toBe(approved.json.checksum);
    const verified = await api('anonymous', 'GET', `/api/verify/${approved.json.checksum}`);
    expect(verified.json).toMatchObject({ valid: true });
    expect((await api('anonymous', 'GET', `/api/verify/${'0'.repeat(64)}`)).status).toBe(404);
    expect(
      (await api('admin', 'POST', `/api/matters/${matterId}/outcome`, { winningProposal: 'administration' })).status,
    ).toBe(409);
  });
});
