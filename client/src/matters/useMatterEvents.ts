import { matterEventSchema } from '@yttra/api';
import { useEffect, useRef } from 'react';

/**
 * Keeps a matter page current: the server's event stream says when a draft the viewer may see was created or
 * shared, or a version was tabled, inserted, decided or approved, and the page reloads what its viewer may see.
 * The stream's first event ('ready') reloads too, for anything that happened while it was opening.
 */
export function useMatterEvents(matterId: string, onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    // EventSource, not the typed client: a stream is not a request-and-answer.
    const events = new EventSource(`/api/matters/${encodeURIComponent(matterId)}/events`);
    let opened = false;
    events.addEventListener('ready', () => {
      // The page loaded its own copy as the stream opened; only a reconnect can have missed something.
      if (opened) latest.current();
      opened = true;
    });
    events.addEventListener('matter', (event) => {
      const parsed = matterEventSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
      if (parsed.success && parsed.data.matterId === matterId) latest.current();
    });
    return () => events.close();
  }, [matterId]);
}
