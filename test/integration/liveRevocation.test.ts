import { CloseCode, WriteDenial } from '@yttra/protocol';
import type { RunningServer } from '@yttra/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as authProtocol from 'y-protocols/auth';
import { messageAuth } from 'y-websocket';
import {
  credentialHeaders,
  type LiveChannelProbe,
  openLiveChannels,
  seesPresence,
  type Via,
} from '../support/liveChannelProbe';
import { connectClient, waitFor, waitForSync } from '../support/syncClient';
import { createTestBoard, type TestBoard, type TestUser } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

/** The bound: every channel of the affected user closes or stops delivering within this. */
const WITHIN_MS = 1_000;
const anchor = { start: 'AQIDBA==', end: 'BQYHCA==' };

/**
 * Every revocation trigger × every live channel: the WebSocket (y-websocket client), its presence, and the
 * comment stream (Server-Sent Events), opened with a personal token or a session cookie. Each test starts a
 * fresh server; M's draft is shared with L.
 */
describe('live channels obey every access change within a second', () => {
  let server: RunningServer;
  let board: TestBoard;
  let dataDir: ReturnType<typeof makeDataDir>;
  let matterId: string;
  let protocolId: string;
  let draftId: string;
  const probes: LiveChannelProbe[] = [];

  async function call(user: TestUser, via: Via, method: string, path: string, body?: unknown) {
    return fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...credentialHeaders(user, via) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }
  async function open(user: TestUser, documentId: string, via: Via = 'token') {
    const probe = await openLiveChannels(server.url, documentId, user, via);
    probes.push(probe);
    return probe;
  }
  /** Runs an HTTP trigger and returns when it was sent: the second starts then. */
  const byRequest = (request: () => Promise<Response>) => async () => {
    const startedAt = Date.now();
    const response = await request();
    expect(response.status, await response.text()).toBeLessThan(300);
    return startedAt;
  };
  async function setUp(environment: Record<string, string> = {}) {
    dataDir = makeDataDir();
    server = await startTestServer({ dataDir: dataDir.dataDir, environment });
    board = await createTestBoard(server);
    const matter = await call(board.users.admin, 'token', 'POST', '/api/matters', {
      organisationId: board.organisationId,
      caseNumber: 'HL 2019/310',
      title: 'Samverkan',
      meetingDate: '2019-08-29',
    });
    const created = (await matter.json()) as { matter: { id: string }; protocolDocumentId: string };
    matterId = created.matter.id;
    protocolId = created.protocolDocumentId;
    const draft = await call(board.users.memberM, 'token', 'POST', `/api/matters/${matterId}/drafts`, {
      title: 'M+L-förslag',
      draftKind: 'proposal',
    });
    draftId = ((await draft.json()) as { id: string }).id;
    const shared = await call(board.users.memberM, 'token', 'PUT', `/api/documents/${draftId}/groups`, {
      partyGroupIds: [board.groups.m, board.groups.l],
    });
    expect(shared.status).toBe(200);
  }

  afterEach(async () => {
    for (const probe of probes.splice(0)) probe.destroy();
    await server.close();
    dataDir.remove();
  });

  /**
   * Fires `trigger` and checks that within a second of it every victim's WebSocket closed with `code`, its
   * comment stream ended and its presence vanished for the witness (the first bystander); then that a new
   * edit and a new comment reach every bystander and no victim.
   */
  async function expectRevoked(
    trigger: () => Promise<number>,
    victims: LiveChannelProbe[],
    code: number,
    bystanders: LiveChannelProbe[],
  ) {
    const [witness] = bystanders;
    if (!witness) throw new Error('a witness is needed');
    for (const victim of victims) await waitFor(() => seesPresence(witness, victim), 5_000, 'the victim’s presence');
    const deadline = (await trigger()) + WITHIN_MS;
    const left = () => Math.max(deadline - Date.now(), 0);
    for (const victim of victims) {
      await waitFor(() => victim.closes.length > 0, left(), `${victim.via} WebSocket to close`);
      await waitFor(() => victim.stream.isEnded(), left(), `${victim.via} comment stream to end`);
      await waitFor(() => !seesPresence(witness, victim), left(), `${victim.via} presence to vanish`);
      expect(victim.closes).toEqual([code]);
    }
    await expectDelivery(witness, bystanders, victims);
  }

  /** A new edit (when `author` may write) and comment by `author` reach `receivers` and never `excluded`. */
  async function expectDelivery(
    author: LiveChannelProbe,
    receivers: LiveChannelProbe[],
    excluded: LiveChannelProbe[],
    { edit = true } = {},
  ) {
    const marker = `efter ändringen ${Math.random()}`;
    if (edit) author.client.appendParagraph(marker);
    const comment = await call(
      author.user,
      'token',
      'POST',
      `/api/documents/${author.client.provider.roomname}/comments`,
      {
        anchor,
        quote: 'x',
        body: marker,
      },
    );
    expect(comment.status).toBe(201);
    const hasComment = (probe: LiveChannelProbe) =>
      probe.stream.received.some((event) => event.threads.some((t) => t.comments.some((c) => c.body === marker)));
    for (const receiver of receivers) {
      if (edit) await waitFor(() => receiver.client.text().includes(marker), 5_000, 'the edit to reach a bystander');
      await waitFor(() => hasComment(receiver), 5_000, 'the comment to reach a bystander');
      expect(receiver.closes).toEqual([]);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const victim of excluded) {
      expect(victim.client.text()).not.toContain(marker);
      expect(hasComment(victim)).toBe(false);
    }
  }

  describe('read access ends', () => {
    beforeEach(() => setUp());

    it('un-sharing a draft closes the other group’s WebSockets, comment streams and presence', async () => {
      const { memberM, memberL } = board.users;
      const victims = [await open(memberL, draftId, 'token'), await open(memberL, draftId, 'cookie')];
      const bystanders = [await open(memberM, draftId)];
      await expectRevoked(
        byRequest(() =>
          call(memberM, 'token', 'PUT', `/api/documents/${draftId}/groups`, { partyGroupIds: [board.groups.m] }),
        ),
        victims,
        CloseCode.forbidden,
        bystanders,
      );
    });

    it('moving someone to another party group closes their channels on the old group’s draft', async () => {
      const { admin, memberM, memberL } = board.users;
      const victims = [await open(memberL, draftId, 'token'), await open(memberL, draftId, 'cookie')];
      const bystanders = [await open(memberM, draftId)];
      await expectRevoked(
        byRequest(() =>
          call(admin, 'token', 'PUT', `/api/organisations/${board.organisationId}/members/${memberL.id}`, {
            role: 'member',
            partyGroupId: board.groups.v,
          }),
        ),
        victims,
        CloseCode.forbidden,
        bystanders,
      );
    });

    it('removing someone from the board closes every channel they had in it', async () => {
      const { admin, memberM, memberL } = board.users;
      const victims = [await open(memberL, protocolId, 'token'), await open(memberL, protocolId, 'cookie')];
      const onDraft = await open(memberL, draftId, 'token');
      const bystanders = [await open(admin, protocolId)];
      const draftWitness = await open(memberM, draftId);
      await expectRevoked(
        byRequest(() =>
          call(admin, 'token', 'DELETE', `/api/organisations/${board.organisationId}/members/${memberL.id}`),
        ),
        victims,
        CloseCode.forbidden,
        bystanders,
      );
      expect(onDraft.closes).toEqual([CloseCode.forbidden]);
      expect(onDraft.stream.isEnded()).toBe(true);
      await expectDelivery(draftWitness, [draftWitness], [onDraft]);
    });
  });

  describe('a credential ends', () => {
    beforeEach(() => setUp());

    it('signing out closes what that session opened; the same user’s token channels stay', async () => {
      const { memberM, memberL } = board.users;
      const victims = [await open(memberL, draftId, 'cookie')];
      const bystanders = [await open(memberM, draftId), await open(memberL, draftId, 'token')];
      await expectRevoked(
        byRequest(() => call(memberL, 'cookie', 'POST', '/api/auth/logout')),
        victims,
        CloseCode.unauthorized,
        bystanders,
      );
    });

    it('signing out everywhere closes every session’s channels; token channels stay', async () => {
      const { memberM, memberL } = board.users;
      const second = await server.accounts.startSession(memberL.id);
      const elsewhere = { ...memberL, session: { cookie: second.token, csrfToken: second.csrfToken } };
      const victims = [await open(memberL, draftId, 'cookie'), await open(elsewhere, protocolId, 'cookie')];
      const bystanders = [await open(memberM, draftId), await open(memberL, draftId, 'token')];
      const witnessOfProtocol = await open(board.users.admin, protocolId);
      await waitFor(() => seesPresence(witnessOfProtocol, victims[1]!), 5_000, 'the second session’s presence');
      await expectRevoked(
        byRequest(() => call(memberL, 'cookie', 'POST', '/api/auth/logout-all')),
        victims.slice(0, 1),
        CloseCode.unauthorized,
        bystanders,
      );
      expect(victims[1]!.closes).toEqual([CloseCode.unauthorized]);
      expect(victims[1]!.stream.isEnded()).toBe(true);
      expect(seesPresence(witnessOfProtocol, victims[1]!)).toBe(false);
    });

    it('deleting an API token closes what it opened; the same user’s session channels stay', async () => {
      const { memberM, memberL } = board.users;
      const victims = [await open(memberL, draftId, 'token')];
      const bystanders = [await open(memberM, draftId), await open(memberL, draftId, 'cookie')];
      const listed = (await (await call(memberL, 'cookie', 'GET', '/api/tokens')).json()) as {
        tokens: { id: string }[];
      };
      const tokenId = listed.tokens[0]!.id;
      await expectRevoked(
        byRequest(() => call(memberL, 'cookie', 'DELETE', `/api/tokens/${tokenId}`)),
        victims,
        CloseCode.unauthorized,
        bystanders,
      );
    });
  });

  describe('a session expires', () => {
    // 0.001 h = 3.6 s: long enough to open the channels, short enough to wait for.
    beforeEach(() => setUp({ SESSION_TTL_HOURS: '0.001' }));

    it('closes that session’s channels when it expires, with nobody asking', async () => {
      const { memberM, memberL } = board.users;
      const session = await server.accounts.startSession(memberL.id);
      const fresh = { ...memberL, session: { cookie: session.token, csrfToken: session.csrfToken } };
      const victims = [await open(fresh, draftId, 'cookie')];
      // The board's own token channels never expire.
      const bystanders = [await open(memberM, draftId), await open(memberL, draftId, 'token')];
      await expectRevoked(
        async () => {
          expect(victims[0]!.closes).toEqual([]);
          return session.expiresAt;
        },
        victims,
        CloseCode.unauthorized,
        bystanders,
      );
    });
  });

  describe('write access ends, read access stays', () => {
    beforeEach(() => setUp());

    /** The reasons of y-websocket's "permission denied" messages `probe` receives from now on. */
    function denialsTo(probe: LiveChannelProbe): string[] {
      const reasons: string[] = [];
      probe.client.provider.messageHandlers[messageAuth] = (_encoder, decoder) =>
        authProtocol.readAuthMessage(decoder, probe.client.doc, (_doc, reason) => reasons.push(reason));
      return reasons;
    }

    /**
     * After `trigger`, `writers`' edits no longer reach anyone, while every channel stays open and delivering; each
     * writer is told at once that it may no longer change the text, and again for each change it still sends.
     */
    async function expectWriteEnded(
      trigger: () => Promise<number>,
      writers: LiveChannelProbe[],
      reader: LiveChannelProbe,
      { readerWrites }: { readerWrites: boolean },
    ) {
      const denials = writers.map(denialsTo);
      const deadline = (await trigger()) + WITHIN_MS;
      await waitFor(
        () => denials.every((reasons) => reasons.includes(WriteDenial.accessNarrowed)),
        Math.max(deadline - Date.now(), 0),
        `every writer to hear that it may no longer write: ${JSON.stringify(denials)}`,
      );
      const documentId = reader.client.provider.roomname;
      for (const [index, writer] of writers.entries()) {
        const marker = `skrivet efter ändringen av ${writer.via}`;
        writer.client.appendParagraph(marker);
        await waitFor(() => denials[index]!.includes(WriteDenial.readOnly), 5_000, 'the dropped change to be denied');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(reader.client.text()).not.toContain(marker);
        const fresh = connectClient(server.url, documentId, board.users.memberM.token);
        await waitForSync(fresh);
        expect(fresh.text()).not.toContain(marker);
        fresh.destroy();
        expect(writer.closes).toEqual([]);
        expect(writer.stream.isEnded()).toBe(false);
      }
      await expectDelivery(reader, [reader, ...writers], [], { edit: readerWrites });
    }

    it('justering (approval) ends write access on every open connection at once', async () => {
      const { admin, memberM, chair, memberV } = board.users;
      const writers = [await open(admin, protocolId, 'token'), await open(admin, protocolId, 'cookie')];
      const reader = await open(memberM, protocolId);
      writers[0]!.client.setHeaderNumbers('8/2019', 6);
      writers[0]!.client.appendParagraph('före justering');
      await waitFor(() => reader.client.text().includes('före justering'), 5_000, 'a write before approval');
      const plan = await call(admin, 'token', 'PUT', `/api/matters/${matterId}/justering`, {
        chairUserId: chair.id,
        justerareUserIds: [memberV.id],
        plannedDate: '2019-09-05',
        keptAt: 'Stadsdelsförvaltningen',
      });
      expect(plan.status, await plan.text()).toBe(200);
      const chairSigned = await call(chair, 'token', 'POST', `/api/matters/${matterId}/justering/approve`);
      expect(chairSigned.status, await chairSigned.text()).toBe(200);
      await expectWriteEnded(
        // The last signature locks the paragraph.
        byRequest(() => call(memberV, 'token', 'POST', `/api/matters/${matterId}/justering/approve`)),
        writers,
        // Nobody writes an approved paragraph; the chair's comment still reaches every open stream.
        await open(chair, protocolId),
        { readerWrites: false },
      );
      expect(reader.closes).toEqual([]);
    });

    it('a member made reviewer keeps reading and commenting but can no longer write', async () => {
      const { admin, memberM, memberL } = board.users;
      const writers = [await open(memberL, draftId, 'token'), await open(memberL, draftId, 'cookie')];
      await expectWriteEnded(
        byRequest(() =>
          call(admin, 'token', 'PUT', `/api/organisations/${board.organisationId}/members/${memberL.id}`, {
            role: 'reviewer',
            partyGroupId: board.groups.l,
          }),
        ),
        writers,
        await open(memberM, draftId),
        { readerWrites: true },
      );
    });
  });

  describe('what someone may see changes', () => {
    beforeEach(() => setUp());

    it('a move to another group while reading the protocol reconnects them under the new presence rules', async () => {
      const { admin, memberL } = board.users;
      const victims = [await open(memberL, protocolId, 'token')];
      const bystanders = [await open(admin, protocolId)];
      await waitFor(() => seesPresence(bystanders[0]!, victims[0]!), 5_000, 'L’s presence');
      const startedAt = Date.now();
      const moved = await call(
        admin,
        'token',
        'PUT',
        `/api/organisations/${board.organisationId}/members/${memberL.id}`,
        {
          role: 'member',
          partyGroupId: board.groups.v,
        },
      );
      expect(moved.status).toBe(200);
      await waitFor(() => victims[0]!.closes.length > 0, startedAt + WITHIN_MS - Date.now(), 'the reconnect request');
      expect(victims[0]!.closes).toEqual([CloseCode.accessChanged]);
      // The comment stream needs only read access, which L still has.
      expect(victims[0]!.stream.isEnded()).toBe(false);
    });
  });
});
