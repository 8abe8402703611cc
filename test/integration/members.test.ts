import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestBoard, type TestBoard, type TestRole } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

describe('board membership, managed by administrators', () => {
  let server: RunningServer;
  let board: TestBoard;
  const dataDir = makeDataDir();

  async function api(who: TestRole, method: string, path: string, body?: unknown) {
    const response = await fetch(`${server.url}/api/organisations${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...bearer(board.users[who]) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  }
  const member = (who: TestRole) => `/hl/members/${board.users[who].id}`;
  const membershipOf = async (who: TestRole) =>
    (await server.organisations.membershipsOf(board.users[who].id)).find((m) => m.organisationId === 'hl');

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
  });

  afterAll(async () => {
    await server.close();
    dataDir.remove();
  });

  it('lists the board’s members to its administrators only; others get what an unknown board gets', async () => {
    const listed = await api('admin', 'GET', '/hl/members');
    expect(listed.status).toBe(200);
    expect(listed.json.members).toContainEqual(
      expect.objectContaining({ userId: board.users.memberM.id, role: 'member', name: 'memberM' }),
    );
    for (const who of ['chair', 'memberM', 'reviewerM', 'outsider'] as const) {
      const refused = await api(who, 'GET', '/hl/members');
      expect(refused).toEqual(await api(who, 'GET', '/okand-namnd/members'));
      expect(refused.status).toBe(404);
    }
  });

  it('changes a role and group, checking that they fit together and exist', async () => {
    expect(
      (await api('admin', 'PUT', member('reviewerV'), { role: 'member', partyGroupId: board.groups.v })).status,
    ).toBe(200);
    expect(await membershipOf('reviewerV')).toMatchObject({ role: 'member', partyGroupId: board.groups.v });
    expect((await api('admin', 'PUT', member('reviewerV'), { role: 'member', partyGroupId: null })).status).toBe(400);
    expect(
      (await api('admin', 'PUT', member('reviewerV'), { role: 'chair', partyGroupId: board.groups.v })).status,
    ).toBe(400);
    expect((await api('admin', 'PUT', member('reviewerV'), { role: 'member', partyGroupId: 'okand' })).status).toBe(
      400,
    );
    expect((await api('admin', 'PUT', member('reviewerV'), { role: 'owner', partyGroupId: null })).status).toBe(400);
    expect((await api('admin', 'PUT', '/hl/members/nobody', { role: 'chair', partyGroupId: null })).status).toBe(404);
    expect(await membershipOf('reviewerV')).toMatchObject({ role: 'member', partyGroupId: board.groups.v });
  });

  it('refuses everyone but the board’s administrators, and an administrator’s change of their own role', async () => {
    for (const who of ['chair', 'memberM', 'outsider'] as const) {
      expect((await api(who, 'PUT', member('memberL'), { role: 'chair', partyGroupId: null })).status).toBe(404);
      expect((await api(who, 'DELETE', member('memberL'))).status).toBe(404);
    }
    expect((await api('admin', 'PUT', member('admin'), { role: 'member', partyGroupId: board.groups.m })).status).toBe(
      400,
    );
    expect((await api('admin', 'DELETE', member('admin'))).status).toBe(400);
    expect(await membershipOf('memberL')).toMatchObject({ role: 'member', partyGroupId: board.groups.l });
    expect(await membershipOf('admin')).toMatchObject({ role: 'administrator' });
  });

  it('removes someone from the board, after which they see none of it', async () => {
    expect((await api('admin', 'DELETE', member('memberM2'))).status).toBe(204);
    expect(await membershipOf('memberM2')).toBeUndefined();
    expect((await api('admin', 'DELETE', member('memberM2'))).status).toBe(404);
    const matters = await fetch(`${server.url}/api/matters`, { headers: bearer(board.users.memberM2) });
    expect(((await matters.json()) as { matters: unknown[] }).matters).toEqual([]);
  });
});
