import type { MatterDeadline } from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import { deadlineState, nextDeadline } from './deadlineState';

const deadline = (kind: MatterDeadline['kind'], due: string, done = false, firm = true): MatterDeadline => ({
  kind,
  due,
  done,
  firm,
  basis: '',
});

describe('deadlineState', () => {
  it('tells met, missed, projected and running deadlines apart', () => {
    expect(deadlineState(deadline('justering', '2025-12-29', true), '2026-01-05')).toBe('done');
    expect(deadlineState(deadline('justering', '2025-12-29'), '2025-12-30')).toBe('overdue');
    expect(deadlineState(deadline('justering', '2025-12-29'), '2025-12-29')).toBe('open');
    expect(deadlineState(deadline('notice', '2026-01-02', false, false), '2025-12-20')).toBe('projected');
  });

  it('picks the earliest deadline not yet done as the next one', () => {
    const deadlines = [
      deadline('replyDeadline', '2026-01-15'),
      deadline('justering', '2025-12-29', true),
      deadline('notice', '2026-01-02', false, false),
    ];
    expect(nextDeadline(deadlines)?.kind).toBe('notice');
    expect(nextDeadline([deadline('justering', '2025-12-29', true)])).toBeUndefined();
  });
});
