import { describe, expect, it } from 'vitest';
import type { Matter } from '../organisation/OrganisationStore';
import { newDocumentRecord } from '../storage/newDocumentRecord';
import { deadlinesOfMatter } from './deadlinesOfMatter';

const matter: Matter = {
  id: 'm1',
  organisationId: 'hl',
  caseNumber: 'HL 2025/77',
  title: 'Remiss',
  kind: 'Yttrande till kommunstyrelsen',
  meetingDate: '2025-12-11',
  replyDeadline: null,
  status: 'approved',
  createdAt: 0,
};

describe('deadlinesOfMatter', () => {
  it('takes the day of justering in Sweden from the paragraph’s approval', () => {
    const protocol = {
      ...newDocumentRecord({ id: 'p1', title: 'Remiss', kind: 'protocol', matterId: 'm1', role: 'protocol' }),
      // 23:30 UTC on 17 December is already 18 December in Stockholm.
      approvedAt: Date.parse('2025-12-17T23:30:00Z'),
    };
    const deadlines = deadlinesOfMatter(matter, protocol, Date.parse('2025-12-19T12:00:00Z'));
    const byKind = Object.fromEntries(deadlines.map((deadline) => [deadline.kind, deadline]));
    expect(byKind.justering?.done).toBe(true);
    expect(byKind.notice).toMatchObject({ due: '2025-12-22', firm: true, done: false });
  });

  it('projects from the latest lawful justering while the paragraph is not approved', () => {
    const deadlines = deadlinesOfMatter(matter, undefined, Date.parse('2025-12-01T12:00:00Z'));
    expect(deadlines.find((deadline) => deadline.kind === 'notice')).toMatchObject({ due: '2026-01-02', firm: false });
  });
});
