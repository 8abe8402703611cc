import { CloseCode } from '@yttra/protocol';
import { describe, expect, it } from 'vitest';
import { type ConnectionFacts, deriveConnectionStatus } from './deriveConnectionStatus';

const healthy: ConnectionFacts = {
  providerStatus: 'connected',
  synced: true,
  online: true,
  refusedCode: null,
  pendingLocalChanges: false,
  connectionLost: false,
  writeDenied: false,
};

describe('deriveConnectionStatus', () => {
  it('reports everything saved when connected, synced and nothing is pending', () => {
    expect(deriveConnectionStatus(healthy)).toEqual({ state: 'synced', label: 'Ansluten – alla ändringar sparade' });
  });

  it('shows saving while local edits are still on their way', () => {
    expect(deriveConnectionStatus({ ...healthy, pendingLocalChanges: true })).toEqual({
      state: 'syncing',
      label: 'Sparar …',
    });
  });

  it('shows synchronising between connecting and the first sync', () => {
    expect(deriveConnectionStatus({ ...healthy, synced: false })).toEqual({
      state: 'syncing',
      label: 'Synkroniserar …',
    });
  });

  it('shows connecting on the first attempt', () => {
    const status = deriveConnectionStatus({ ...healthy, providerStatus: 'connecting', synced: false });
    expect(status).toEqual({ state: 'connecting', label: 'Ansluter …' });
  });

  it('calls it offline when the browser has no network, whatever the socket believes', () => {
    const status = deriveConnectionStatus({ ...healthy, online: false, pendingLocalChanges: true });
    expect(status).toEqual({ state: 'offline', label: 'Offline – ändringar sparas lokalt' });
  });

  it('calls it offline when the server cannot be reached and the provider keeps retrying', () => {
    const status = deriveConnectionStatus({ ...healthy, providerStatus: 'connecting', connectionLost: true });
    expect(status.state).toBe('offline');
    expect(status.label).toMatch(/^Offline – .*ändringar sparas lokalt$/);
  });

  it('lets a refusal win over every other fact', () => {
    const status = deriveConnectionStatus({ ...healthy, online: false, refusedCode: CloseCode.unknownDocument });
    expect(status.state).toBe('refused');
    expect(status.label).toMatch(/^Dokumentet finns inte/);
    expect(deriveConnectionStatus({ ...healthy, refusedCode: CloseCode.forbidden }).label).toMatch(/behörighet/);
  });

  it('says what a reader, a commenter and everyone on an approved paragraph can do, instead of "saved"', () => {
    expect(deriveConnectionStatus(healthy, 'read')).toEqual({
      state: 'synced',
      label: 'Ansluten – du kan läsa men inte ändra texten',
    });
    expect(deriveConnectionStatus(healthy, 'comment').label).toBe('Ansluten – du kan kommentera men inte ändra texten');
    expect(deriveConnectionStatus({ ...healthy, pendingLocalChanges: true }, 'locked')).toEqual({
      state: 'synced',
      label: 'Paragrafen är justerad och låst.',
    });
    expect(deriveConnectionStatus({ ...healthy, online: false }, 'read').label).toBe(
      'Offline – du ser den senast hämtade versionen',
    );
  });

  it('says edits were not saved once the server denied a change and it stays unconfirmed, before anything else', () => {
    const denied = { ...healthy, writeDenied: true, pendingLocalChanges: true };
    expect(deriveConnectionStatus(denied, 'locked')).toEqual({
      state: 'unsaved',
      label:
        'Paragrafen har justerats och låsts, så dina senaste ändringar sparades inte. Kopiera text du vill behålla och hämta sedan dokumentet från servern igen.',
    });
    expect(deriveConnectionStatus(denied, 'read').label).toMatch(/^Du kan inte längre ändra texten/);
    expect(deriveConnectionStatus(denied, 'suggest').label).toMatch(/^Du kan bara föreslå ändringar här/);
    expect(deriveConnectionStatus({ ...denied, online: false }, 'read').state).toBe('unsaved');
    expect(deriveConnectionStatus({ ...denied, refusedCode: CloseCode.forbidden }, 'read').state).toBe('refused');
  });

  it('says nothing of a denial when nothing made here is unsaved (access narrowed before any edit)', () => {
    expect(deriveConnectionStatus({ ...healthy, writeDenied: true }, 'read')).toEqual({
      state: 'synced',
      label: 'Ansluten – du kan läsa men inte ändra texten',
    });
  });
});
