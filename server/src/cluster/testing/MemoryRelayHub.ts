import type { DocumentRelay, DocumentRelayListener, RelayedUpdate } from '../DocumentRelay';

/**
 * Relays between registries in one process, for unit tests of what instances do with lost and late messages:
 * `dropping` loses every message published while set, `hold` keeps them until `release`.
 */
export class MemoryRelayHub {
  dropping = false;
  private held: (() => void)[] | undefined;
  private readonly members = new Map<string, Map<string, DocumentRelayListener>>();

  relay(instanceId: string): DocumentRelay {
    const hub = this;
    return {
      shared: true,
      async join(documentId, listener) {
        const listeners = hub.members.get(documentId) ?? new Map<string, DocumentRelayListener>();
        listeners.set(instanceId, listener);
        hub.members.set(documentId, listeners);
        return () => {
          if (listeners.get(instanceId) === listener) listeners.delete(instanceId);
        };
      },
      publishUpdate(documentId, message: RelayedUpdate) {
        hub.deliver(documentId, instanceId, (listener) => listener.update(message));
      },
      publishAwareness(documentId, presenceScope, update) {
        hub.deliver(documentId, instanceId, (listener) => listener.awareness(presenceScope, update));
      },
      queryAwareness(documentId) {
        hub.deliver(documentId, instanceId, (listener) => listener.awarenessQuery());
      },
    };
  }

  hold(): void {
    this.held ??= [];
  }

  /** Delivers what was held, newest first: the worst order a relay could produce. */
  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const deliver of held.reverse()) deliver();
  }

  /** What a reconnect does: every member is told it may have missed messages. */
  resyncAll(): void {
    for (const listeners of this.members.values()) for (const listener of listeners.values()) listener.resync();
  }

  private deliver(documentId: string, from: string, send: (listener: DocumentRelayListener) => void): void {
    if (this.dropping) return;
    for (const [instanceId, listener] of this.members.get(documentId) ?? []) {
      if (instanceId === from) continue;
      const run = () => send(listener);
      if (this.held) this.held.push(run);
      else queueMicrotask(run);
    }
  }
}
