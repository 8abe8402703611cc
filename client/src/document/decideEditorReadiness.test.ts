import { describe, expect, it } from 'vitest';
import { decideEditorReadiness, type ReadinessFacts } from './decideEditorReadiness';

const fresh: ReadinessFacts = { localLoaded: false, localHadContent: false, serverSyncedOnce: false, online: true };

describe('decideEditorReadiness', () => {
  it('waits for IndexedDB first, even if the server was quicker', () => {
    expect(decideEditorReadiness({ ...fresh, serverSyncedOnce: true })).toBe('opening-local');
  });

  it('opens at once when the document was stored locally', () => {
    expect(decideEditorReadiness({ ...fresh, localLoaded: true, localHadContent: true })).toBe('ready');
  });

  it('waits for the server when the local copy is empty, so the seed arrives before any typing', () => {
    expect(decideEditorReadiness({ ...fresh, localLoaded: true })).toBe('awaiting-server');
    expect(decideEditorReadiness({ ...fresh, localLoaded: true, serverSyncedOnce: true })).toBe('ready');
  });

  it('does not make an offline user wait for a server they cannot reach', () => {
    expect(decideEditorReadiness({ ...fresh, localLoaded: true, online: false })).toBe('ready');
  });
});
