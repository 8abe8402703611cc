import type { Party } from '@yttra/domain';
import type pg from 'pg';
import { inTransaction } from '../storage/postgres/inTransaction';
import type {
  AssembledBlock,
  Matter,
  Membership,
  Organisation,
  OrganisationStore,
  PartyGroup,
  TabledVersion,
} from './OrganisationStore';
import {
  type MatterRow,
  type MembershipRow,
  type TabledRow,
  toMatter,
  toMembership,
  toTabled,
} from './organisationRows';

const MATTER_COLUMNS =
  'id, organisation_id, case_number, title, kind, meeting_date, reply_deadline, status, created_at';
const MEMBERSHIP_COLUMNS = 'organisation_id, user_id, role, party_group_id';

/**
 * Boards, parties, groups, memberships, matters and the life of drafts in PostgreSQL. Orderings on text use
 * COLLATE "C" so every instance lists in the same bytewise order the SQLite store does, whatever the
 * database's locale.
 */
export class PostgresOrganisationStore implements OrganisationStore {
  constructor(private readonly pool: pg.Pool) {}

  async createOrganisation(organisation: Organisation, parties: readonly Party[]): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query('INSERT INTO organisations (id, name, template_id) VALUES ($1, $2, $3)', [
        organisation.id,
        organisation.name,
        organisation.templateId,
      ]);
      for (const party of parties) {
        await client.query('INSERT INTO parties (organisation_id, abbreviation, name, color) VALUES ($1, $2, $3, $4)', [
          organisation.id,
          party.abbreviation,
          party.name,
          party.color,
        ]);
      }
    });
  }

  async getOrganisation(organisationId: string): Promise<Organisation | undefined> {
    const { rows } = await this.pool.query<{ id: string; name: string; template_id: string }>(
      'SELECT id, name, template_id FROM organisations WHERE id = $1',
      [organisationId],
    );
    const row = rows[0];
    return row ? { id: row.id, name: row.name, templateId: row.template_id } : undefined;
  }

  async listParties(organisationId: string): Promise<Party[]> {
    const { rows } = await this.pool.query<Party>(
      'SELECT abbreviation, name, color FROM parties WHERE organisation_id = $1 ORDER BY abbreviation COLLATE "C"',
      [organisationId],
    );
    return rows;
  }

  async createPartyGroup(group: PartyGroup): Promise<void> {
    await this.pool.query(
      'INSERT INTO party_groups (id, organisation_id, party_abbreviation, name) VALUES ($1, $2, $3, $4)',
      [group.id, group.organisationId, group.partyAbbreviation, group.name],
    );
  }

  async listPartyGroups(organisationId: string): Promise<PartyGroup[]> {
    const { rows } = await this.pool.query<{
      id: string;
      organisation_id: string;
      party_abbreviation: string;
      name: string;
    }>(
      `SELECT id, organisation_id, party_abbreviation, name FROM party_groups WHERE organisation_id = $1
       ORDER BY name COLLATE "C"`,
      [organisationId],
    );
    return rows.map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      partyAbbreviation: row.party_abbreviation,
      name: row.name,
    }));
  }

  async setMembership(membership: Membership): Promise<void> {
    await this.pool.query(
      `INSERT INTO memberships (organisation_id, user_id, role, party_group_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisation_id, user_id) DO UPDATE SET role = excluded.role, party_group_id = excluded.party_group_id`,
      [membership.organisationId, membership.userId, membership.role, membership.partyGroupId],
    );
  }

  async removeMembership(organisationId: string, userId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2', [
      organisationId,
      userId,
    ]);
    return (rowCount ?? 0) > 0;
  }

  async membershipsOf(userId: string): Promise<Membership[]> {
    const { rows } = await this.pool.query<MembershipRow>(
      `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships WHERE user_id = $1 ORDER BY ord`,
      [userId],
    );
    return rows.map(toMembership);
  }

  async listMembers(organisationId: string): Promise<Membership[]> {
    const { rows } = await this.pool.query<MembershipRow>(
      `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships WHERE organisation_id = $1 ORDER BY ord`,
      [organisationId],
    );
    return rows.map(toMembership);
  }

  async createMatter(matter: Matter): Promise<void> {
    await this.pool.query(`INSERT INTO matters (${MATTER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
      matter.id,
      matter.organisationId,
      matter.caseNumber,
      matter.title,
      matter.kind,
      matter.meetingDate,
      matter.replyDeadline,
      matter.status,
      matter.createdAt,
    ]);
  }

  async getMatter(matterId: string): Promise<Matter | undefined> {
    const { rows } = await this.pool.query<MatterRow>(`SELECT ${MATTER_COLUMNS} FROM matters WHERE id = $1`, [
      matterId,
    ]);
    return rows[0] ? toMatter(rows[0]) : undefined;
  }

  async listMatters(organisationIds: readonly string[]): Promise<Matter[]> {
    if (organisationIds.length === 0) return [];
    const { rows } = await this.pool.query<MatterRow>(
      `SELECT ${MATTER_COLUMNS} FROM matters WHERE organisation_id = ANY($1::text[])
       ORDER BY reply_deadline IS NULL, reply_deadline COLLATE "C", created_at DESC, ord`,
      [organisationIds],
    );
    return rows.map(toMatter);
  }

  async setMatterStatus(matterId: string, status: Matter['status']): Promise<void> {
    await this.pool.query('UPDATE matters SET status = $1 WHERE id = $2', [status, matterId]);
  }

  async documentGroups(documentId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ party_group_id: string }>(
      'SELECT party_group_id FROM document_groups WHERE document_id = $1 ORDER BY party_group_id COLLATE "C"',
      [documentId],
    );
    return rows.map((row) => row.party_group_id);
  }

  async documentSuggestOnlyGroups(documentId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ party_group_id: string }>(
      `SELECT party_group_id FROM document_groups WHERE document_id = $1 AND access = 'suggest'
       ORDER BY party_group_id COLLATE "C"`,
      [documentId],
    );
    return rows.map((row) => row.party_group_id);
  }

  async setDocumentGroups(
    documentId: string,
    partyGroupIds: readonly string[],
    suggestOnlyGroupIds: readonly string[] = [],
  ): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM document_groups WHERE document_id = $1', [documentId]);
      for (const groupId of new Set(partyGroupIds)) {
        await client.query('INSERT INTO document_groups (document_id, party_group_id, access) VALUES ($1, $2, $3)', [
          documentId,
          groupId,
          suggestOnlyGroupIds.includes(groupId) ? 'suggest' : 'write',
        ]);
      }
    });
  }

  async addTabledVersion(tabled: Omit<TabledVersion, 'version'>): Promise<TabledVersion> {
    return inTransaction(this.pool, async (client) => {
      // Two instances tabling the same draft at once take turns on the document's row and get 1 and 2.
      await client.query('SELECT 1 FROM documents WHERE id = $1 FOR NO KEY UPDATE', [tabled.documentId]);
      const { rows } = await client.query<{ next: number }>(
        'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM tabled_versions WHERE document_id = $1',
        [tabled.documentId],
      );
      const next = rows[0]?.next ?? 1;
      await client.query(
        `INSERT INTO tabled_versions (document_id, version, tabled_at, tabled_by, content_json, state)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [tabled.documentId, next, tabled.tabledAt, tabled.tabledBy, tabled.contentJson, Buffer.from(tabled.state)],
      );
      return { ...tabled, version: next };
    });
  }

  async listTabledVersions(documentId: string): Promise<TabledVersion[]> {
    const { rows } = await this.pool.query<TabledRow>(
      `SELECT document_id, version, tabled_at, tabled_by, content_json, state FROM tabled_versions
       WHERE document_id = $1 ORDER BY version`,
      [documentId],
    );
    return rows.map(toTabled);
  }

  async recordAssembly(block: AssembledBlock): Promise<void> {
    await this.pool.query(
      `INSERT INTO assembled_blocks (protocol_document_id, draft_document_id, draft_version, assembled_at, assembled_by)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [block.protocolDocumentId, block.draftDocumentId, block.draftVersion, block.assembledAt, block.assembledBy],
    );
  }

  async listAssemblies(protocolDocumentId: string): Promise<AssembledBlock[]> {
    const { rows } = await this.pool.query<{
      protocol_document_id: string;
      draft_document_id: string;
      draft_version: number;
      assembled_at: number;
      assembled_by: string;
    }>(
      `SELECT protocol_document_id, draft_document_id, draft_version, assembled_at, assembled_by FROM assembled_blocks
       WHERE protocol_document_id = $1 ORDER BY assembled_at, ord`,
      [protocolDocumentId],
    );
    return rows.map((row) => ({
      protocolDocumentId: row.protocol_document_id,
      draftDocumentId: row.draft_document_id,
      draftVersion: row.draft_version,
      assembledAt: row.assembled_at,
      assembledBy: row.assembled_by,
    }));
  }
}
