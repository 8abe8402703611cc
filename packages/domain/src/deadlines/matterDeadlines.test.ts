import { describe, expect, it } from 'vitest';
import { matterDeadlineSchema } from './matterDeadlineSchema';
import { matterDeadlines } from './matterDeadlines';

const before = {
  replyDeadline: '2026-01-15',
  meetingDate: '2025-12-11',
  plannedJusteringDate: null,
  justeredOn: null,
  noticePostedOn: null,
  today: '2025-12-01',
};

const dueOf = (deadlines: ReturnType<typeof matterDeadlines>) =>
  Object.fromEntries(deadlines.map((deadline) => [deadline.kind, deadline.due]));

describe('matterDeadlines', () => {
  it('moves justering from Christmas Day, 14 days after a meeting on 2025-12-11, to Monday 29 December', () => {
    const deadlines = matterDeadlines(before);
    expect(dueOf(deadlines)).toEqual({
      replyDeadline: '2026-01-15',
      justering: '2025-12-29',
      reservationReasons: '2025-12-29',
      // Two days after 29 December is nyårsafton, then nyårsdagen; Friday 2 January is the first working day.
      notice: '2026-01-02',
      appealEnds: '2026-01-23',
    });
    expect(deadlines.every((deadline) => !deadline.done)).toBe(true);
    for (const deadline of deadlines) expect(matterDeadlineSchema.parse(deadline)).toEqual(deadline);
  });

  it('takes the notice and appeal period from what happened once the paragraph is justered and posted', () => {
    const deadlines = matterDeadlines({
      ...before,
      justeredOn: '2025-12-18',
      noticePostedOn: '2025-12-19',
      today: '2026-01-20',
    });
    expect(dueOf(deadlines)).toMatchObject({
      notice: '2025-12-22', // 20 December is a Saturday
      appealEnds: '2026-01-09', // three weeks from 19 December
    });
    const byKind = Object.fromEntries(deadlines.map((deadline) => [deadline.kind, deadline]));
    expect(byKind.justering?.done).toBe(true);
    expect(byKind.notice?.done).toBe(true);
    expect(byKind.notice?.firm).toBe(true);
    expect(byKind.appealEnds?.done).toBe(true);
  });

  it('keeps the appeal period open until its last day has passed', () => {
    const posted = { ...before, justeredOn: '2025-12-18', noticePostedOn: '2025-12-19' };
    const appeal = (today: string) => matterDeadlines({ ...posted, today }).find((d) => d.kind === 'appealEnds');
    expect(appeal('2026-01-09')?.done).toBe(false);
    expect(appeal('2026-01-10')?.done).toBe(true);
  });

  it('has written reservation reasons due by the day set for justering', () => {
    const deadlines = matterDeadlines({ ...before, plannedJusteringDate: '2025-12-17' });
    expect(dueOf(deadlines).reservationReasons).toBe('2025-12-17');
    expect(dueOf(deadlines).justering).toBe('2025-12-29');
  });

  it('marks projected deadlines as not firm', () => {
    const byKind = Object.fromEntries(matterDeadlines(before).map((deadline) => [deadline.kind, deadline.firm]));
    expect(byKind).toEqual({
      replyDeadline: true,
      justering: true,
      reservationReasons: false,
      notice: false,
      appealEnds: false,
    });
  });

  it('has only the reply deadline before a meeting date is set', () => {
    expect(matterDeadlines({ ...before, meetingDate: null }).map((deadline) => deadline.kind)).toEqual([
      'replyDeadline',
    ]);
    expect(matterDeadlines({ ...before, meetingDate: null, replyDeadline: null })).toEqual([]);
  });
});
