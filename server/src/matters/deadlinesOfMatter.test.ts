import { describe, expect, it } from 'vitest';
import type { JusteringPlan, Notice } from '../justering/JusteringStore';
import type { Matter } from '../organisation/OrganisationStore';
import { newDocumentRecord } from '../storage/newDocumentRecord';
import { deadlinesOfMatter } from './deadlinesOfMatter';

const facts = (plan?: Partial<JusteringPlan>, notice?: Partial<Notice>) => ({
  getPlan: async () => plan as JusteringPlan | undefined,
  getNotice: async () => notice as Notice | undefined,
});

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

describe('deadlinesOfMatter', async () => {
  it('takes the day of justering in Sweden from the paragraph’s approval', async () => {
    const protocol = {
      ...newDocumentRecord({ id: 'p1', title: 'Remiss', kind: 'protocol', matterId: 'm1', role: 'protocol' }),
      // 23:30 UTC on 17 December is already 18 December in Stockholm.
      approvedAt: Date.parse('2025-12-17T23:30:00Z'),
    };
    const deadlines = await deadlinesOfMatter(facts(), matter, protocol, Date.parse('2025-12-19T12:00:00Z'));
    const byKind = Object.fromEntries(deadlines.map((deadline) => [deadline.kind, deadline]));
    expect(byKind.justering?.done).toBe(true);
    expect(byKind.notice).toMatchObject({ due: '2025-12-22', firm: true, done: false });
  });

  it('projects from the latest lawful justering while the paragraph is not approved', async () => {
    const deadlines = await deadlinesOfMatter(facts(), matter, undefined, Date.parse('2025-12-01T12:00:00Z'));
    expect(deadlines.find((deadline) => deadline.kind === 'notice')).toMatchObject({ due: '2026-01-02', firm: false });
  });

  it('takes written reservation reasons from the day set for justering and the appeal from the notice', async () => {
    const protocol = {
      ...newDocumentRecord({ id: 'p1', title: 'Remiss', kind: 'protocol', matterId: 'm1', role: 'protocol' }),
      approvedAt: Date.parse('2025-12-17T10:00:00Z'),
    };
    const deadlines = await deadlinesOfMatter(
      facts({ plannedDate: '2025-12-17' }, { postedOn: '2025-12-18' }),
      matter,
      protocol,
      Date.parse('2025-12-19T12:00:00Z'),
    );
    const byKind = Object.fromEntries(deadlines.map((deadline) => [deadline.kind, deadline]));
    expect(byKind.reservationReasons).toMatchObject({ due: '2025-12-17', firm: true });
    expect(byKind.notice).toMatchObject({ done: true });
    // Three weeks from 18 December is 8 January 2026, a Thursday.
    expect(byKind.appealEnds).toMatchObject({ due: '2026-01-08', firm: true, done: false });
  });
});
