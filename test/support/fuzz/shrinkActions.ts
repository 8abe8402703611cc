import type { FuzzAction } from './actions';

/**
 * The shortest action list (found within `budget` replays) that still fails: everything after the failing step is
 * dropped, then ever smaller chunks are taken out while the failure stays (a simple delta debugging).
 */
export async function shrinkActions(
  actions: readonly FuzzAction[],
  failingStep: number,
  stillFails: (candidate: readonly FuzzAction[]) => Promise<boolean>,
  budget = 40,
): Promise<FuzzAction[]> {
  let current = actions.slice(0, failingStep + 1);
  let replays = 0;
  for (let chunk = Math.max(1, Math.floor(current.length / 2)); chunk >= 1; chunk = Math.floor(chunk / 2)) {
    for (let start = 0; start < current.length && replays < budget; ) {
      const candidate = [...current.slice(0, start), ...current.slice(start + chunk)];
      replays += 1;
      if (candidate.length > 0 && (await stillFails(candidate))) current = candidate;
      else start += chunk;
    }
    if (replays >= budget) break;
  }
  return current;
}
