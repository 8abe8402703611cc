import type { Party } from '@yttra/domain';
import type Database from 'better-sqlite3';
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

export class SqliteOrganisationStore implements OrganisationStore {
  constructor(private readonly db: Database.Database) {}

  async createOrganisation(organisation: Organisation, parties: readonly Party[]): Promise<void> {
    const insertParty = this.db.prepare(
      'INSERT INTO parties (organisation_id, abbreviation, name, color) VALUES (?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO organisations (id, name, template_id) VALUES (?, ?, ?)')
        .run(organisation.id, organisation.name, organisation.templateId);
      for (const party of parties) insertParty.run(organisation.id, party.abbreviation, party.name, party.color);
    })();
  }

  async getOrganisation(organisationId: string): Promise<Organisation | undefined> {
    const row = this.db.prepare('SELECT id, name, template_id FROM organisations WHERE id = ?').get(organisationId) as
      | { id: string; name: string; template_id: string }
      | undefined;
    return row ? { id: row.id, name: row.name, templateId: row.template_id } : undefined;
  }

  async listParties(organisationId: string): Promise<Party[]> {
    return this.db
      .prepare('SELECT abbreviation, name, color FROM parties WHERE organisation_id = ? ORDER BY abbreviation')
      .all(organisationId) as Party[];
  }

  async createPartyGroup(group: PartyGroup): Promise<void> {
    this.db
      .prepare('INSERT INTO party_groups (id, organisation_id, party_abbreviation, name) VALUES (?, ?, ?, ?)')
      .run(group.id, group.organisationId, group.partyAbbreviation, group.name);
  }

  async listPartyGroups(organisationId: string): Promise<PartyGroup[]> {
    const rows = this.db
      .prepare(
        'SELECT id, organisation_id, party_abbreviation, name FROM party_groups WHERE organisation_id = ? ORDER BY name',
      )
      .all(organisationId) as { id: string; organisation_id: string; party_abbreviation: string; name: string }[];
    return rows.map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      partyAbbreviation: row.party_abbreviation,
      name: row.name,
    }));
  }

  async setMembership(membership: Membership): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO memberships (organisation_id, user_id, role, party_group_id) VALUES (?, ?, ?, ?)
         ON CONFLICT (organisation_id, user_id) DO UPDATE SET role = excluded.role, party_group_id = excluded.party_group_id`,
      )
      .run(membership.organisationId, membership.userId, membership.role, membership.partyGroupId);
  }

  async removeMembership(organisationId: string, userId: string): Promise<boolean> {
    return (
      this.db.prepare('DELETE FROM memberships WHERE organisation_id = ? AND user_id = ?').run(organisationId, userId)
        .changes > 0
    );
  }

  async membershipsOf(userId: string): Promise<Membership[]> {
    const rows = this.db
      .prepare('SELECT organisation_id, user_id, role, party_group_id FROM memberships WHERE user_id = ?')
      .all(userId) as MembershipRow[];
    return rows.map(toMembership);
  }

  async listMembers(organisationId: string): Promise<Membership[]> {
    const rows = this.db
      .prepare('SELECT organisation_id, user_id, role, party_group_id FROM memberships WHERE organisation_id = ?')
      .all(organisationId) as MembershipRow[];
    return rows.map(toMembership);
  }

  async createMatter(matter: Matter): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO matters (id, organisation_id, case_number, title, kind, meeting_date, reply_deadline, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        matter.id,
        matter.organisationId,
        matter.caseNumber,
        matter.title,
        matter.kind,
        matter.meetingDate,
        matter.replyDeadline,
        matter.status,
        matter.createdAt,
      );
  }

  async getMatter(matterId: string): Promise<Matter | undefined> {
    const row = this.db.prepare('SELECT * FROM matters WHERE id = ?').get(matterId) as MatterRow | undefined;
    return row ? toMatter(row) : undefined;
  }

  async listMatters(organisationIds: readonly string[]): Promise<Matter[]> {
    if (organisationIds.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT * FROM matters WHERE organisation_id IN (${organisationIds.map(() => '?').join(', ')})
         ORDER BY reply_deadline IS NULL, reply_deadline, created_at DESC`,
      )
      .all(...organisationIds) as MatterRow[];
    return rows.map(toMatter);
  }

  async setMatterStatus(matterId: string, status: Matter['status']): Promise<void> {
    this.db.prepare('UPDATE matters SET status = ? WHERE id = ?').run(status, matterId);
  }

  async documentGroups(documentId: string): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT party_group_id FROM document_groups WHERE document_id = ? ORDER BY party_group_id')
      .all(documentId) as { party_group_id: string }[];
    return rows.map((row) => row.party_group_id);
  }

  async documentSuggestOnlyGroups(documentId: string): Promise<string[]> {
    const rows = this.db
      .prepare(
        "SELECT party_group_id FROM document_groups WHERE document_id = ? AND access = 'suggest' ORDER BY party_group_id",
      )
      .all(documentId) as { party_group_id: string }[];
    return rows.map((row) => row.party_group_id);
  }

  async setDocumentGroups(
    documentId: string,
    partyGroupIds: readonly string[],
    suggestOnlyGroupIds: readonly string[] = [],
  ): Promise<void> {
    const insert = this.db.prepare(
      'INSERT INTO document_groups (document_id, party_group_id, access) VALUES (?, ?, ?)',
    );
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM document_groups WHERE document_id = ?').run(documentId);
      for (const groupId of new Set(partyGroupIds)) {
        insert.run(documentId, groupId, suggestOnlyGroupIds.includes(groupId) ? 'suggest' : 'write');
      }
    })();
  }

  async addTabledVersion(tabled: Omit<TabledVersion, 'version'>): Promise<TabledVersion> {
    return this.db.transaction(() => {
      const { next } = this.db
        .prepare('SELECT COALESCE(MAX(version), 0) + 1 AS next FROM tabled_versions WHERE document_id = ?')
        .get(tabled.documentId) as { next: number };
      this.db
        .prepare(
          'INSERT INTO tabled_versions (document_id, version, tabled_at, tabled_by, content_json, state) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(tabled.documentId, next, tabled.tabledAt, tabled.tabledBy, tabled.contentJson, Buffer.from(tabled.state));
      return { ...tabled, version: next };
    })();
  }

  async listTabledVersions(documentId: string): Promise<TabledVersion[]> {
    const rows = this.db
      .prepare('SELECT * FROM tabled_versions WHERE document_id = ? ORDER BY version')
      .all(documentId) as TabledRow[];
    return rows.map(toTabled);
  }

  async recordAssembly(block: AssembledBlock): Promise<void> {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO assembled_blocks (protocol_document_id, draft_document_id, draft_version, assembled_at, assembled_by)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(block.protocolDocumentId, block.draftDocumentId, block.draftVersion, block.assembledAt, block.assembledBy);
  }

  async listAssemblies(protocolDocumentId: string): Promise<AssembledBlock[]> {
    const rows = this.db
      .prepare('SELECT * FROM assembled_blocks WHERE protocol_document_id = ? ORDER BY assembled_at')
      .all(protocolDocumentId) as {
      protocol_document_id: string;
      draft_document_id: string;
      draft_version: number;
      assembled_at: number;
      assembled_by: string;
    }[];
    return rows.map((row) => ({
      protocolDocumentId: row.protocol_document_id,
      draftDocumentId: row.draft_document_id,
      draftVersion: row.draft_version,
      assembledAt: row.assembled_at,
      assembledBy: row.assembled_by,
    }));
  }
}
