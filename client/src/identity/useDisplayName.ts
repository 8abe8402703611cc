import { useSyncExternalStore } from 'react';
import { readDisplayName, subscribeToDisplayName, writeDisplayName } from './displayNameStore';

export function useDisplayName(): { displayName: string | null; setDisplayName: (name: string) => void } {
  const displayName = useSyncExternalStore(subscribeToDisplayName, readDisplayName);
  return { displayName, setDisplayName: writeDisplayName };
}
