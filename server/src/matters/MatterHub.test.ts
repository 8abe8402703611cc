import type { MatterEvent } from '@yttra/api';
import { describe, expect, it } from 'vitest';
import type { Membership } from '../organisation/OrganisationStore';
import { MatterHub } from './MatterHub';

const member = (partyGroupId: string | null, role: Membership['role'] = 'member'): Membership => ({
  organisationId: 'hl',
  userId: `${role}-${partyGroupId}`,
  role,
  partyGroupId,
});

const viewer = (membership: Membership, send: (event: MatterEvent) => void) => ({ membership, send });

describe('MatterHub', () => {
  it('tells a draft change only to the groups that own it, never to other parties or staff', () => {
    const hub = new MatterHub();
    const received: string[] = [];
    hub.subscribe(
      'm1',
      viewer(member('hl-m'), () => received.push('M')),
    );
    hub.subscribe(
      'm1',
      viewer(member('hl-m', 'reviewer'), () => received.push('M-granskare')),
    );
    hub.subscribe(
      'm1',
      viewer(member('hl-v'), () => received.push('V')),
    );
    hub.subscribe(
      'm1',
      viewer(member(null, 'administrator'), () => received.push('sekreterare')),
    );
    hub.publish('m1', 'draft', { partyGroupIds: ['hl-m', 'hl-l'] });
    expect(received).toEqual(['M', 'M-granskare']);
  });

  it('tells a tabling to the whole board, and nothing to viewers of other matters or who left', () => {
    const hub = new MatterHub();
    const received: string[] = [];
    hub.subscribe(
      'm1',
      viewer(member('hl-v'), (event) => received.push(`V ${event.change}`)),
    );
    const leave = hub.subscribe(
      'm1',
      viewer(member(null, 'chair'), (event) => received.push(`ordf ${event.change}`)),
    );
    hub.subscribe(
      'm2',
      viewer(member('hl-m'), (event) => received.push(`annat ${event.change}`)),
    );
    hub.publish('m1', 'tabled', { board: true });
    leave();
    hub.publish('m1', 'assembled', { board: true });
    expect(received).toEqual(['V tabled', 'ordf tabled', 'V assembled']);
  });

  it('follows a viewer whose party group changes while the page is open', () => {
    const hub = new MatterHub();
    const received: string[] = [];
    const watching = viewer(member('hl-m'), () => received.push('was M'));
    hub.subscribe('m1', watching);
    watching.membership = member('hl-v');
    hub.publish('m1', 'draft', { partyGroupIds: ['hl-m'] });
    expect(received).toEqual([]);
  });

  it('keeps later viewers when an earlier one, whose set was emptied, leaves late (twice)', () => {
    const hub = new MatterHub();
    const received: string[] = [];
    const first = hub.subscribe(
      'm1',
      viewer(member('hl-m'), () => received.push('first')),
    );
    first();
    hub.subscribe(
      'm1',
      viewer(member(null, 'administrator'), () => received.push('sekreterare')),
    );
    first();
    hub.publish('m1', 'tabled', { board: true });
    expect(received).toEqual(['sekreterare']);
  });
});
