import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestBoard, type TestBoard } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

interface Deadline {
  kind: string;
  due: string;
  done: boolean;
  basis: string;
  firm: boolean;
}

describe('deadlines of a matter and the calendar feed', () => {
  let server: RunningServer;
  let board: TestBoard;
  let matterId: string;
  const dataDir = makeDataDir();

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
    const created = await fetch(`${server.url}/api/matters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(board.users.admin) },
      body: JSON.stringify({
        organisationId: board.organisationId,
        caseNumber: 'HL 2025/77',
        title: 'Remiss om julbelysning',
        meetingDate: '2025-12-11',
        replyDeadline: '2026-01-15',
      }),
    });
    expect(created.status).toBe(201);
    matterId = ((await created.json()) as { matter: { id: string } }).matter.id;
  });

  afterAll(async () => {
    await server.close();
    dataDir.remove();
  });

  const feedUrl = async (user = board.users.memberM) => {
    const response = await fetch(`${server.url}/api/calendar/feed`, { method: 'POST', headers: bearer(user) });
    expect(response.status).toBe(201);
    return ((await response.json()) as { url: string }).url;
  };

  it('lists the deadlines on the matter, justering moved from Christmas Day to the next working day', async () => {
    const response = await fetch(`${server.url}/api/matters/${matterId}`, { headers: bearer(board.users.memberL) });
    const { deadlines } = (await response.json()) as { deadlines: Deadline[] };
    expect(deadlines.map(({ kind, due, done }) => ({ kind, due, done }))).toEqual([
      { kind: 'replyDeadline', due: '2026-01-15', done: false },
      { kind: 'justering', due: '2025-12-29', done: false },
      { kind: 'reservationReasons', due: '2025-12-29', done: false },
      { kind: 'notice', due: '2026-01-02', done: false },
      { kind: 'appealEnds', due: '2026-01-23', done: false },
    ]);
    expect(deadlines.find((deadline) => deadline.kind === 'justering')?.basis).toContain('5 kap. 69 §');
  });

  it('shows each matter’s deadlines in the overview of all matters', async () => {
    const response = await fetch(`${server.url}/api/matters`, { headers: bearer(board.users.chair) });
    const { matters } = (await response.json()) as { matters: { id: string; deadlines: Deadline[] }[] };
    const matter = matters.find((candidate) => candidate.id === matterId);
    expect(matter?.deadlines.map((deadline) => deadline.due)).toContain('2025-12-29');
  });

  it('serves a personal iCalendar feed without cookies, one all-day event per open deadline', async () => {
    const url = await feedUrl();
    expect(url).toMatch(/\/api\/calendar\/yc_[A-Za-z0-9_-]{43}\/tidsfrister\.ics$/);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const calendar = (await response.text()).replace(/\r\n[ \t]/g, '');
    expect(calendar).toMatch(/^BEGIN:VCALENDAR/);
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(calendar).toContain('DTSTART;VALUE=DATE:20251229');
    expect(calendar).toContain('Protokollet ska vara justerat: HL 2025/77 Remiss om julbelysning');
    expect(calendar).toContain(`UID:${matterId}-justering@yttra`);
  });

  it('lists only the matters of the boards the feed’s owner belongs to', async () => {
    const calendar = await (await fetch(await feedUrl(board.users.outsider))).text();
    expect(calendar).not.toContain('julbelysning');
    expect(calendar).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('stops answering an address once it is replaced or removed, and gives nothing for a guessed one', async () => {
    const first = await feedUrl(board.users.memberV);
    const second = await feedUrl(board.users.memberV);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);
    const status = await fetch(`${server.url}/api/calendar/feed`, { headers: bearer(board.users.memberV) });
    expect(await status.json()).toEqual({ exists: true });
    const removed = await fetch(`${server.url}/api/calendar/feed`, {
      method: 'DELETE',
      headers: bearer(board.users.memberV),
    });
    expect(removed.status).toBe(204);
    expect((await fetch(second)).status).toBe(404);
    expect((await fetch(`${server.url}/api/calendar/not-a-token/tidsfrister.ics`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/calendar/feed`, { method: 'POST' })).status).toBe(401);
  });
});
