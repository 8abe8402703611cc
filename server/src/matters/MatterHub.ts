import type { MatterEvent } from '@yttra/api';
import type { Membership } from '../organisation/OrganisationStore';
import type { MatterEvents } from './MatterEvents';

/** Who may learn of a change: the whole board, or only the party groups that own (or owned) a draft. */
export type MatterAudience = { board: true } | { partyGroupIds: readonly string[] };

/** One open matter page. Its membership is replaced when the viewer's role or party group changes. */
export interface MatterViewer {
  membership: Membership;
  send: (event: MatterEvent) => void;
}

/**
 * Who is watching which matter's page (Server-Sent Events), so that tabling, sharing and assembly show without a
 * reload. A change goes only to viewers its audience includes: a draft's changes never reach another party, nor
 * staff, before it is tabled. In memory: one process serves a matter's viewers.
 */
export class MatterHub implements MatterEvents {
  private readonly viewers = new Map<string, Set<MatterViewer>>();

  subscribe(matterId: string, viewer: MatterViewer): () => void {
    let forMatter = this.viewers.get(matterId);
    if (!forMatter) {
      forMatter = new Set();
      this.viewers.set(matterId, forMatter);
    }
    forMatter.add(viewer);
    return () => {
      forMatter.delete(viewer);
      // A late leaver of an emptied set must not drop the set that later viewers joined.
      if (forMatter.size === 0 && this.viewers.get(matterId) === forMatter) this.viewers.delete(matterId);
    };
  }

  /** Tells every viewer here that something may have changed, without saying what (after missed messages). */
  refreshAll(): void {
    for (const [matterId, viewers] of this.viewers) {
      for (const viewer of viewers) viewer.send({ matterId, change: 'draft' });
    }
  }

  publish(matterId: string, change: MatterEvent['change'], audience: MatterAudience): void {
    for (const viewer of this.viewers.get(matterId) ?? []) {
      if (includes(audience, viewer.membership)) viewer.send({ matterId, change });
    }
  }
}

function includes(audience: MatterAudience, membership: Membership): boolean {
  if ('board' in audience) return true;
  return membership.partyGroupId !== null && audience.partyGroupIds.includes(membership.partyGroupId);
}
