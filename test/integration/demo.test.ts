import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { matterDetailsSchema, matterListSchema, tabledVersionsSchema, verifyAnswerSchema } from '@yttra/api';
import { compareWithSeed } from '@yttra/domain';
import { readSeedText } from '@yttra/domain/fixtures';
import type { RunningServer } from '@yttra/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from '../support/demoApi';
import { makeDataDir, startTestServer } from '../support/testServer';

interface MatterAnswer {
  matter: { id: string; status: string };
  documents: { id: string; title: string; role: string; draftKind: string | null; tabledVersions: number }[];
  tabled: { documentId: string; title: string; version: number; groups: string[] }[];
  assembled: { draftDocumentId: string; draftVersion: number }[];
}

const run = promisify(execFile);
const MAJORITY = 'Förslag till beslut från L, M, MP och C';
const ADMINISTRATION = 'Förslag från V, S och SD: enligt förvaltningens förslag';
const STATEMENT_V_S = 'Särskilt uttalande från V och S';
const STATEMENT_SD = 'Särskilt uttalande från SD';
const RESERVATION = 'Reservation från V, S och SD';

describe('the demo matter on first start', () => {
  const dataDir = makeDataDir();
  let server: RunningServer;
  let api: ReturnType<typeof demoApi>;
  let matterId = '';

  const startDemo = async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir, environment: { YTTRA_MODE: 'demo' } });
    api = demoApi(server.url);
  };
  const matterAs = async (key: string) => (await api.call<MatterAnswer>(key, 'GET', `/api/matters/${matterId}`)).json;
  const idOf = (answer: MatterAnswer, title: string) => answer.documents.find((d) => d.title === title)?.id;

  beforeAll(async () => {
    await startDemo();
    const { json } = await api.call<{ matters: { id: string; caseNumber: string }[] }>('m', 'GET', '/api/matters');
    expect(json.matters.map((matter) => matter.caseNumber)).toEqual(['HL 2019/310']);
    matterId = json.matters[0]!.id;
  });
  afterAll(async () => {
    await server.close();
    dataDir.remove();
  });

  it('shows M the coalition proposal shared with L, MP and C, and nothing of the other parties’ drafts', async () => {
    const asM = await matterAs('m');
    expect(asM.documents.filter((d) => d.role === 'draft').map((d) => d.title)).toEqual([MAJORITY]);
    for (const key of ['l', 'mp', 'c']) expect(idOf(await matterAs(key), MAJORITY)).toBe(idOf(asM, MAJORITY));
    expect((await matterAs('sd')).documents.filter((d) => d.role === 'draft').map((d) => d.title)).toEqual([
      ADMINISTRATION,
      STATEMENT_SD,
      RESERVATION,
    ]);
    // Tabled versions are the whole board's; the untabled SD statement and the reservation are not among them.
    expect(asM.tabled.map((entry) => entry.title).sort()).toEqual([ADMINISTRATION, MAJORITY, STATEMENT_V_S].sort());
  });

  it('has both proposals in the paragraph with its real numbers, and a reviewer’s comment waiting', async () => {
    const asSecretary = await matterAs('sekreterare');
    expect(asSecretary.matter.status).toBe('assembling');
    expect(asSecretary.assembled).toHaveLength(2);
    const protocolId = asSecretary.documents.find((d) => d.role === 'protocol')!.id;
    const text = (await api.call<string>('sekreterare', 'GET', `/api/documents/${protocolId}/export/txt`)).json;
    expect(text).toContain('Protokoll nr 8/2019');
    expect(text).toContain('§ 6');
    expect(text).toContain(
      'Abit Dundar (L), Anette Hellström m.fl. (M), Lara Siadat (MP) och Johan Vesterlund (C) lade fram',
    );
    expect(text).not.toContain('anmälde ett särskilt uttalande');

    const majorityId = idOf(await matterAs('m'), MAJORITY)!;
    // A party's draft has no numbers of its own: marked as a draft, never "§ 0".
    const draftText = (await api.call<string>('m', 'GET', `/api/documents/${majorityId}/export/txt`)).json;
    expect(draftText.split('\n')[0]).toBe('UTKAST – partigruppens utkast, inte protokoll');
    expect(draftText).not.toMatch(/§ 0|Protokoll nr \n/);
    const { json } = await api.call<{ threads: { quote: string; comments: { author: { name: string } }[] }[] }>(
      'granskare',
      'GET',
      `/api/documents/${majorityId}/comments`,
    );
    expect(json.threads.map((thread) => thread.quote)).toEqual(['fasta lokala arbetsgrupper på operativ nivå']);
  });

  it('yields the seed paragraph exactly once the rest is tabled, inserted and decided through the API', async () => {
    const sdStatement = idOf(await matterAs('sd'), STATEMENT_SD)!;
    const reservation = idOf(await matterAs('v'), RESERVATION)!;
    expect((await api.call('sd', 'POST', `/api/documents/${sdStatement}/table`)).status).toBe(201);
    expect((await api.call('s', 'POST', `/api/documents/${reservation}/table`)).status).toBe(201);

    const before = await matterAs('sekreterare');
    const tabledOf = (title: string) => before.tabled.find((entry) => entry.title === title)!;
    for (const title of [STATEMENT_V_S, STATEMENT_SD, RESERVATION]) {
      const { documentId, version } = tabledOf(title);
      const answer = await api.call('sekreterare', 'POST', `/api/matters/${matterId}/assemble`, {
        draftDocumentId: documentId,
        version,
      });
      expect(answer.status, title).toBe(200);
    }
    const majority = tabledOf(MAJORITY);
    const { json: versions } = await api.call<{ tabled: { content: unknown }[] }>(
      'ordforande',
      'GET',
      `/api/documents/${majority.documentId}/tabled`,
    );
    const proposalId = /"proposalId":"([^"]+)"/.exec(JSON.stringify(versions.tabled[0]!.content))?.[1];
    expect(proposalId).toBeTruthy();
    const outcome = await api.call('ordforande', 'POST', `/api/matters/${matterId}/outcome`, {
      winningProposal: proposalId,
    });
    expect(outcome.status).toBe(200);

    const protocolId = before.documents.find((d) => d.role === 'protocol')!.id;
    const text = (await api.call<string>('sekreterare', 'GET', `/api/documents/${protocolId}/export/txt`)).json;
    const comparison = compareWithSeed(text, readSeedText());
    expect(comparison.equal, JSON.stringify(comparison.firstDifference)).toBe(true);
  });

  it('approves it: sha256sum of the downloaded .txt is the checksum, and the Swedish page confirms it', async () => {
    // The secretary names the chair and a justerare; the paragraph is justered when both have approved.
    type Justering = {
      candidates: { userId: string; name: string }[];
      justeredAt: number | null;
      checksum: string | null;
    };
    const justering = `/api/matters/${matterId}/justering`;
    const { json: choices } = await api.call<Justering>('sekreterare', 'GET', justering);
    const idOfPerson = (name: string) => choices.candidates.find((candidate) => candidate.name === name)!.userId;
    const named = await api.call('sekreterare', 'PUT', justering, {
      chairUserId: idOfPerson('Olle Ordförande'),
      justerareUserIds: [idOfPerson('Maria Ljuslin (V)')],
      plannedDate: '2019-09-05',
      keptAt: 'Hägersten-Liljeholmens stadsdelsförvaltning',
    });
    expect(named.status).toBe(200);
    expect((await api.call<Justering>('ordforande', 'POST', `${justering}/approve`)).json.justeredAt).toBeNull();
    const signed = await api.call<Justering>('v', 'POST', `${justering}/approve`);
    expect(signed.status).toBe(200);
    const approved = { json: { checksum: signed.json.checksum!, approvedAt: signed.json.justeredAt! } };
    const { checksum } = approved.json;
    const protocolId = (await matterAs('v')).documents.find((d) => d.role === 'protocol')!.id;
    const response = await fetch(`${server.url}/api/documents/${protocolId}/export/txt`, {
      headers: { authorization: `Bearer ${await api.tokenOf('v')}` },
    });
    expect(response.headers.get('x-yttra-checksum')).toBe(checksum);
    const file = join(dataDir.dataDir, 'HL-2019-310-§6.txt');
    await writeFile(file, Buffer.from(await response.arrayBuffer()));
    const { stdout } = await run('sha256sum', [file]);
    expect(stdout.split(' ')[0]).toBe(checksum);
    // Still the seed, with one closing line saying when it was approved and where to check it.
    const text = await readFile(file, 'utf8');
    expect(compareWithSeed(text.trimEnd().split('\n').slice(0, -1).join('\n'), readSeedText()).equal).toBe(true);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^Justerad \d{1,2} [a-zåäö]+ \d{4}\. .*\/verify/);

    const page = await fetch(`${server.url}/verify/${checksum}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Giltig: paragrafen är justerad');
    expect(html).toContain('Hägersten-Liljeholmens stadsdelsnämnd');
    expect(html).toContain('29 augusti 2019');
    expect(html).toContain('sha256sum');
    const machine = (await (await fetch(`${server.url}/api/verify/${checksum}`)).json()) as { approvedAt: string };
    expect(machine.approvedAt).toBe(new Date(approved.json.approvedAt).toISOString());

    // One changed character gives another checksum, which the page does not confirm.
    await writeFile(file, text.replace('Beslut', 'beslut'));
    const changed = (await run('sha256sum', [file])).stdout.split(' ')[0]!;
    const refused = await fetch(`${server.url}/verify?kontrollsumma=${changed}`);
    expect(refused.status).toBe(404);
    expect(await refused.text()).toContain('hör inte till någon justerad paragraf');

    for (const format of ['html', 'pdf']) {
      const other = await fetch(`${server.url}/api/documents/${protocolId}/export/${format}`, {
        headers: { authorization: `Bearer ${await api.tokenOf('v')}` },
      });
      expect(other.headers.get('x-yttra-checksum'), format).toBe(checksum);
    }
    const html2 = await (
      await fetch(`${server.url}/api/documents/${protocolId}/export/html`, {
        headers: { authorization: `Bearer ${await api.tokenOf('v')}` },
      })
    ).text();
    expect(html2).toContain(`Kontrollsumma (SHA-256) för textfilen HL-2019-310-§6.txt: ${checksum}`);
  });

  it('answers in the shapes of the shared API contract, for every role', async () => {
    for (const key of ['sekreterare', 'ordforande', 'm', 'sd', 'granskare']) {
      const matters = await api.call<unknown>(key, 'GET', '/api/matters');
      expect(matterListSchema.safeParse(matters.json).success, key).toBe(true);
      const details = matterDetailsSchema.safeParse(await matterAs(key));
      expect(details.success, `${key}: ${JSON.stringify(details.error?.issues)}`).toBe(true);
      for (const entry of details.data?.tabled ?? []) {
        const tabled = await api.call<unknown>(key, 'GET', `/api/documents/${entry.documentId}/tabled`);
        expect(tabledVersionsSchema.safeParse(tabled.json).success, `${key} ${entry.title}`).toBe(true);
      }
    }
    const protocol = (await matterAs('sekreterare')).documents.find((d) => d.role === 'protocol')!;
    const record = (await api.call<{ approvedChecksum: string }>('sekreterare', 'GET', `/api/documents/${protocol.id}`))
      .json;
    const verified = await fetch(`${server.url}/api/verify/${record.approvedChecksum}`);
    expect(verifyAnswerSchema.parse(await verified.json())).toMatchObject({ valid: true });
  });

  it('seeds only once: a restart on the same database adds no second matter or drafts', async () => {
    const draftsBefore = (await matterAs('v')).documents.length;
    await server.close();
    await startDemo();
    const { json } = await api.call<{ matters: unknown[] }>('m', 'GET', '/api/matters');
    expect(json.matters).toHaveLength(1);
    expect((await matterAs('v')).documents).toHaveLength(draftsBefore);
  });
});
