import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type PresentPerson, peopleFromAwareness } from './peopleFromAwareness';

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** Others in the document, re-read only when awareness reports a real change (not its 15-second renewals). */
export function useAwarenessPeople(awareness: Awareness): PresentPerson[] {
  const cache = useRef<{ awareness: Awareness; people: PresentPerson[] } | null>(null);

  const subscribe = useCallback(
    (listener: () => void) => {
      const onChange = ({ added, updated, removed }: AwarenessChange) => {
        // Our own state changes while the editor is being created (during render); it is not in the list anyway.
        const changed = [...added, ...updated, ...removed];
        if (changed.every((clientId) => clientId === awareness.clientID)) return;
        cache.current = null;
        listener();
      };
      // States may have changed between the render and this subscription: start from a fresh read.
      cache.current = null;
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );

  const getSnapshot = useCallback(() => {
    if (cache.current?.awareness !== awareness) {
      cache.current = { awareness, people: peopleFromAwareness(awareness.getStates(), awareness.clientID) };
    }
    return cache.current.people;
  }, [awareness]);

  return useSyncExternalStore(subscribe, getSnapshot);
}
