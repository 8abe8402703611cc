/**
 * @hono/node-ws reports socket errors as `new ErrorEvent(...)`, a global Node.js only has from v22 on.
 * On Node 20 that constructor call throws inside ws's error handler and takes the process down (seen
 * when a client exceeds the frame limit), so a minimal stand-in is installed when the global is missing.
 */
export function ensureErrorEvent(): void {
  if ('ErrorEvent' in globalThis) return;
  class NodeErrorEvent extends Event {
    readonly error: unknown;
    readonly message: string;
    constructor(type: string, init: { error?: unknown; message?: string } = {}) {
      super(type);
      this.error = init.error;
      this.message = init.message ?? (init.error instanceof Error ? init.error.message : '');
    }
  }
  Object.defineProperty(globalThis, 'ErrorEvent', { value: NodeErrorEvent, configurable: true, writable: true });
}
