import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, type SyncClient, waitFor, waitForSync } from '../support/syncClient';
import { bearer, createTestBoard, type TestBoard, type TestRole } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

type Who = TestRole | 'anonymous';
interface JusteringAnswer {
  signatories: { userId: string; role: string; approvedAt: number | null }[];
  problems: string[];
  justeredAt: number | null;
  checksum: string | null;
  notice: { postedOn: string; comesDownOn: string } | null;
  corrections: { reason: string; correctedBy: string; correctedAt: number }[];
  canApprove: boolean;
}
interface NoticeAnswer {
  notices: {
    id: string;
    board: string;
    title: string;
    caseNumber: string;
    meetingDate: string;
    protocolNumber: string;
    paragraphNumber: number;
    justeredOn: string;
    postedOn: string;
    comesDownOn: string;
    keptAt: string;
    checksum: string;
    files: { html: string; pdf: string; txt: string };
  }[];
}

describe('justering by the named chair and justerare, and the public anslagstavla', () => {
  let server: RunningServer;
  let board: TestBoard;
  const dataDir = makeDataDir();
  const clients: SyncClient[] = [];
  const matter = { id: '', protocol: '' };
  const other = { id: '', protocol: '', tabled: '', untabled: '' };

  async function api<T = Record<string, unknown>>(who: Who, method: string, path: string, body?: unknown) {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(who === 'anonymous' ? {} : bearer(board.users[who])) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, text, json: (text.startsWith('{') ? JSON.parse(text) : undefined) as T };
  }
  const justering = () => `/api/matters/${matter.id}/justering`;
  const plan = () => ({
    chairUserId: board.users.chair.id,
    justerareUserIds: [board.users.memberV.id, board.users.memberL.id],
    plannedDate: '2025-12-18',
    keptAt: 'Stadsdelsförvaltningen, Årstaängsvägen 21',
  });
  async function proposalDraftTabledInto(matterId: string, title: string) {
    const draft = await api<{ id: string }>('memberM', 'POST', `/api/matters/${matterId}/drafts`, {
      title,
      draftKind: 'proposal',
    });
    expect(draft.status).toBe(201);
    expect((await api('memberM', 'POST', `/api/documents/${draft.json.id}/table`)).status).toBe(201);
    return draft.json.id;
  }

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir });
    board = await createTestBoard(server);
    const created = await api<{ matter: { id: string }; protocolDocumentId: string }>('admin', 'POST', '/api/matters', {
      organisationId: board.organisationId,
      caseNumber: 'HL 2025/77',
      title: 'Remiss om trygghetsskapande åtgärder',
      meetingDate: '2025-12-11',
    });
    matter.id = created.json.matter.id;
    matter.protocol = created.json.protocolDocumentId;
    const second = await api<{ matter: { id: string }; protocolDocumentId: string }>('admin', 'POST', '/api/matters', {
      organisationId: board.organisationId,
      caseNumber: 'HL 2025/78',
      title: 'Remiss som inte är justerad',
      meetingDate: '2025-12-11',
    });
    other.id = second.json.matter.id;
    other.protocol = second.json.protocolDocumentId;
    other.tabled = await proposalDraftTabledInto(other.id, 'Inlämnat förslag i ett ojusterat ärende');
    const untabled = await api<{ id: string }>('memberV', 'POST', `/api/matters/${other.id}/drafts`, {
      title: 'Hemligt utkast från V',
      draftKind: 'statement',
    });
    other.untabled = untabled.json.id;
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.close();
    dataDir.remove();
  });

  it('refuses justering, with every reason in Swedish, while numbers and the outcome are missing', async () => {
    const draftId = await proposalDraftTabledInto(matter.id, 'Förslag från M');
    const assembled = await api('admin', 'POST', `/api/matters/${matter.id}/assemble`, {
      draftDocumentId: draftId,
      version: 1,
    });
    expect(assembled.status).toBe(200);
    const before = await api<JusteringAnswer>('admin', 'GET', justering());
    expect(before.json.problems).toEqual([
      'Protokollnumret saknas.',
      'Paragrafnumret saknas.',
      'Det finns ett förslag till beslut men inget utfall är registrerat (beslutsgång).',
      'Ordförande och justerare är inte utsedda.',
    ]);
    // Only the secretary names, only board members with the right role can be named, within the law's 14 days.
    expect((await api('chair', 'PUT', justering(), plan())).status).toBe(403);
    const reviewer = await api('admin', 'PUT', justering(), {
      ...plan(),
      justerareUserIds: [board.users.reviewerM.id],
    });
    expect(reviewer.status).toBe(400);
    const late = await api('admin', 'PUT', justering(), { ...plan(), plannedDate: '2025-12-30' });
    expect(late.status).toBe(400);
    // The 14th day is Christmas Day; the law moves it to Monday 29 December.
    expect(late.json.error).toContain('2025-12-29');
    expect((await api('admin', 'PUT', justering(), plan())).status).toBe(200);
    // An internal comment on the paragraph, which must never reach the public board.
    const comment = await api('reviewerM', 'POST', `/api/documents/${matter.protocol}/comments`, {
      anchor: { start: 'AQIDBA==', end: 'BQYHCA==' },
      quote: 'Sammanfattning',
      body: 'Intern synpunkt som inte ska publiceras',
    });
    expect(comment.status).toBe(201);
    const refused = await api<JusteringAnswer & { error: string }>('chair', 'POST', `${justering()}/approve`);
    expect(refused.status).toBe(409);
    expect(refused.json.problems).toEqual([
      'Protokollnumret saknas.',
      'Paragrafnumret saknas.',
      'Det finns ett förslag till beslut men inget utfall är registrerat (beslutsgång).',
    ]);
    expect((await api<JusteringAnswer>('chair', 'GET', justering())).json.signatories.every((s) => !s.approvedAt)).toBe(
      true,
    );
  });

  it('justers once complete and approved by all named, asking again after the text changed', async () => {
    const secretary = connectClient(server.url, matter.protocol, board.users.admin.token);
    clients.push(secretary);
    await waitForSync(secretary);
    secretary.setHeaderNumbers('12/2025', 4);
    expect(
      (await api('admin', 'POST', `/api/matters/${matter.id}/outcome`, { winningProposal: 'administration' })).status,
    ).toBe(200);
    await waitFor(
      async () => (await api<JusteringAnswer>('admin', 'GET', justering())).json.problems.length === 0,
      5_000,
      'the numbers to be stored',
    );
    // Someone outside the named may not sign.
    expect((await api('memberM', 'POST', `${justering()}/approve`)).status).toBe(403);
    const chairSigned = await api<JusteringAnswer>('chair', 'POST', `${justering()}/approve`);
    expect(chairSigned.status).toBe(200);
    expect(chairSigned.json.signatories.find((s) => s.role === 'chair')?.approvedAt).toEqual(expect.any(Number));
    expect(chairSigned.json.justeredAt).toBeNull();
    // The secretary changes the text after the chair approved it: the chair's approval no longer counts.
    secretary.appendParagraph('Ett tillägg efter ordförandens justering.');
    await waitFor(
      async () =>
        (await api<JusteringAnswer>('admin', 'GET', justering())).json.signatories.every((s) => s.approvedAt === null),
      5_000,
      'the chair’s approval to go stale',
    );
    expect((await api<JusteringAnswer>('memberV', 'POST', `${justering()}/approve`)).json.justeredAt).toBeNull();
    expect((await api<JusteringAnswer>('memberL', 'POST', `${justering()}/approve`)).json.justeredAt).toBeNull();
    const last = await api<JusteringAnswer>('chair', 'POST', `${justering()}/approve`);
    expect(last.status).toBe(200);
    expect(last.json.justeredAt).toEqual(expect.any(Number));
    expect(last.json.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(last.json.notice).toMatchObject({ postedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((await api('memberV', 'POST', `${justering()}/approve`)).status).toBe(409);
    expect((await api('admin', 'PUT', justering(), plan())).status).toBe(409);
    const text = await (
      await fetch(`${server.url}/api/documents/${matter.protocol}/export/txt`, { headers: bearer(board.users.memberM) })
    ).text();
    expect(text).toContain('§ 4');
    expect(text).toContain('Ett tillägg efter ordförandens justering.');
    // The approved wording is the last milestone of the paragraph's history, in the last signer's name; its
    // history stays readable and cannot be restored from any more.
    const { json: history } = await api<{
      versions: { id: string; reason: string; createdBy: { name: string } | null; authors: { name: string }[] }[];
    }>('memberM', 'GET', `/api/documents/${matter.protocol}/versions`);
    // A slow machine may pass the quiet period between two steps, which saves an automatic version between them.
    const milestones = history.versions.map((version) => version.reason).filter((reason) => reason !== 'auto');
    expect(milestones).toEqual(['inserted', 'outcome', 'approved']);
    // Who wrote since the outcome was recorded: the secretary, numbers and the addition.
    expect(history.versions.at(-1)?.authors.map((author) => author.name)).toEqual(['admin']);
    expect(history.versions.at(-1)?.createdBy?.name).toBe('chair');
    const approvedVersion = history.versions.at(-1)!;
    const { json: details } = await api<{ text: string }>(
      'memberM',
      'GET',
      `/api/documents/${matter.protocol}/versions/${approvedVersion.id}`,
    );
    expect(details.text).toContain('Ett tillägg efter ordförandens justering.');
    expect(
      (await api('admin', 'POST', `/api/documents/${matter.protocol}/versions/${history.versions[0]!.id}/restore`))
        .status,
    ).toBe(409);

    const { json } = await api<{ deadlines: { kind: string; due: string; done: boolean; firm: boolean }[] }>(
      'memberM',
      'GET',
      `/api/matters/${matter.id}`,
    );
    const byKind = Object.fromEntries(json.deadlines.map((deadline) => [deadline.kind, deadline]));
    expect(byKind.reservationReasons).toMatchObject({ due: '2025-12-18', firm: true, done: true });
    expect(byKind.justering).toMatchObject({ due: '2025-12-29', done: true });
    expect(byKind.notice).toMatchObject({ done: true, firm: true });
    expect(byKind.appealEnds).toMatchObject({ firm: true, done: false });
  });

  it('closes the matter for tabling, sharing and new drafts once justered', async () => {
    const draft = await api<{ id: string }>('memberM', 'GET', `/api/matters/${matter.id}`);
    const ownDraft = (draft.json as unknown as { documents: { id: string; role: string }[] }).documents.find(
      (document) => document.role === 'draft',
    )!;
    const tabled = await api<{ error: string }>('memberM', 'POST', `/api/documents/${ownDraft.id}/table`);
    expect(tabled.status).toBe(409);
    expect(tabled.json.error).toContain('paragrafen är justerad');
    const shared = await api('memberM', 'PUT', `/api/documents/${ownDraft.id}/groups`, {
      partyGroupIds: [board.groups.m, board.groups.l],
    });
    expect(shared.status).toBe(409);
    const created = await api('memberM', 'POST', `/api/matters/${matter.id}/drafts`, {
      title: 'För sent',
      draftKind: 'proposal',
    });
    expect(created.status).toBe(409);
    // The other, open matter still takes drafts.
    expect((await api('memberM', 'POST', `/api/documents/${other.tabled}/table`)).status).toBe(201);
  });

  it('lists exactly the justered paragraph on the anslagstavla, without sign-in', async () => {
    const { status, json } = await api<NoticeAnswer>('anonymous', 'GET', '/api/anslagstavla');
    expect(status).toBe(200);
    expect(json.notices).toHaveLength(1);
    const [notice] = json.notices;
    expect(notice).toMatchObject({
      id: matter.protocol,
      board: 'Hägersten-Liljeholmens stadsdelsnämnd',
      title: 'Remiss om trygghetsskapande åtgärder',
      caseNumber: 'HL 2025/77',
      meetingDate: '2025-12-11',
      protocolNumber: '12/2025',
      paragraphNumber: 4,
      keptAt: 'Stadsdelsförvaltningen, Årstaängsvägen 21',
    });
    expect(notice!.postedOn).toBe(notice!.justeredOn);
    const posted = Date.parse(`${notice!.postedOn}T00:00:00Z`);
    expect(Date.parse(`${notice!.comesDownOn}T00:00:00Z`) - posted).toBeGreaterThanOrEqual(21 * 86_400_000);

    const page = await fetch(`${server.url}/anslagstavla`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Remiss om trygghetsskapande åtgärder');
    for (const secret of [
      'Remiss som inte är justerad',
      'Hemligt utkast från V',
      'Inlämnat förslag',
      'Förslag från M',
      'Intern synpunkt',
    ]) {
      expect(html).not.toContain(secret);
    }

    const paragraph = await fetch(`${server.url}${notice!.files.html}`);
    expect(paragraph.status).toBe(200);
    const paragraphHtml = await paragraph.text();
    expect(paragraphHtml).toContain('§ 4');
    expect(paragraphHtml).toContain(notice!.checksum);
    expect(paragraphHtml).not.toContain('Intern synpunkt');
    expect(paragraphHtml).not.toContain('Kommentarer');
    const pdf = await fetch(`${server.url}${notice!.files.pdf}`);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const txt = await fetch(`${server.url}${notice!.files.txt}`);
    expect(txt.headers.get('x-yttra-checksum')).toBe(notice!.checksum);
    // Nothing else is served there: not the open matter's paragraph, not a draft, tabled or not.
    for (const id of [other.protocol, other.tabled, other.untabled]) {
      for (const format of ['html', 'pdf', 'txt']) {
        expect((await fetch(`${server.url}/anslagstavla/${id}/paragraf.${format}`)).status, `${id} ${format}`).toBe(
          404,
        );
      }
    }
  });

  it('reopens only through a recorded correction by the secretary, which takes the notice down', async () => {
    const correction = `/api/matters/${matter.id}/correction`;
    const reason = 'Fel datum för sammanträdet i rubriken';
    expect((await api('chair', 'POST', correction, { reason })).status).toBe(403);
    expect((await api('admin', 'POST', correction, { reason: 'fel' })).status).toBe(400);
    const corrected = await api<JusteringAnswer>('admin', 'POST', correction, { reason });
    expect(corrected.status).toBe(200);
    expect(corrected.json.justeredAt).toBeNull();
    expect(corrected.json.notice).toBeNull();
    expect(corrected.json.corrections).toEqual([{ reason, correctedBy: 'admin', correctedAt: expect.any(Number) }]);
    expect(corrected.json.signatories.every((signatory) => signatory.approvedAt === null)).toBe(true);
    expect((await api('admin', 'GET', `/api/documents/${matter.protocol}`)).json.access).toMatchObject({ write: true });
    expect((await api<NoticeAnswer>('anonymous', 'GET', '/api/anslagstavla')).json.notices).toEqual([]);
    expect((await api('admin', 'POST', correction, { reason })).status).toBe(409);
    // The secretary's open connection may write again, without reconnecting.
    clients[0]!.appendParagraph('Rättad efter justering.');
    await waitFor(
      async () =>
        (
          await (
            await fetch(`${server.url}/api/documents/${matter.protocol}/export/txt`, {
              headers: bearer(board.users.admin),
            })
          ).text()
        ).includes('Rättad efter justering.'),
      5_000,
      'the correction to be stored',
    );
  });

  it('justers an urgent paragraph at once (omedelbar justering) after the correction', async () => {
    const urgent = await api<JusteringAnswer & { plannedDate: string; immediate: boolean }>(
      'admin',
      'PUT',
      justering(),
      {
        ...plan(),
        justerareUserIds: [board.users.memberV.id],
        plannedDate: '2025-12-20',
        immediate: true,
      },
    );
    expect(urgent.status).toBe(200);
    // At the meeting itself, whatever day was asked for.
    expect(urgent.json).toMatchObject({ plannedDate: '2025-12-11', immediate: true });
    // Both sign at the same moment: one of them is last, and the paragraph is locked and posted exactly once.
    const both = await Promise.all(
      (['memberV', 'chair'] as const).map((who) => api<JusteringAnswer>(who, 'POST', `${justering()}/approve`)),
    );
    expect(both.map((answer) => answer.status)).toEqual([200, 200]);
    const done = both.find((answer) => answer.json.justeredAt !== null)!;
    expect(done.json.justeredAt).toEqual(expect.any(Number));
    const text = await (
      await fetch(`${server.url}/api/documents/${matter.protocol}/export/txt`, { headers: bearer(board.users.memberM) })
    ).text();
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^Omedelbart justerad /);
    const { json } = await api<NoticeAnswer>('anonymous', 'GET', '/api/anslagstavla');
    expect(json.notices.map((notice) => [notice.id, notice.checksum])).toEqual([[matter.protocol, done.json.checksum]]);
    expect(await (await fetch(`${server.url}/anslagstavla`)).text()).toContain('(omedelbar justering)');
  });
});
