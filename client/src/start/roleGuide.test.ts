import { describe, expect, it } from 'vitest';
import { BOARD_ROLES } from '../api/session';
import { roleGuide } from './roleGuide';

describe('roleGuide', () => {
  it('tells every role what it does and names the matter to start with', () => {
    for (const role of BOARD_ROLES) {
      const guide = roleGuide(role);
      expect(guide.tasks.length).toBeGreaterThan(0);
      expect(guide.linkLabel('HL 2019/310')).toContain('HL 2019/310');
    }
  });

  it('tells a reviewer that they comment but do not change the text', () => {
    expect(roleGuide('reviewer').tasks.join(' ')).toMatch(/kommenterar.*Texten ändrar du inte/);
  });
});
