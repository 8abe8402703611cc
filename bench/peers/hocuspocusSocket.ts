import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

/** Hocuspocus message types that a y-websocket client understands unchanged. */
const Y_WEBSOCKET_TYPES = new Set([0, 1, 3]);
/** Hocuspocus answers a sync step 1 as "sync reply": a y-websocket sync message under another number. */
const SYNC_REPLY = 4;

/**
 * A WebSocket for an unmodified y-websocket provider talking to Hocuspocus: Hocuspocus prefixes every message
 * with the document name and wants an auth message first; this adds the prefix going out, strips it coming in,
 * and drops the Hocuspocus-only messages (auth answers, sync status). The Yjs traffic itself is untouched.
 */
export function hocuspocusSocket(documentName: string): typeof WebSocket {
  const prefix = (() => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, documentName);
    return encoding.toUint8Array(encoder);
  })();
  class HocuspocusSocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    // y-websocket compares readyState with the instance constants.
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSING = 2;
    readonly CLOSED = 3;
    binaryType = 'arraybuffer';
    onopen: ((event: unknown) => void) | null = null;
    onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
    onclose: ((event: unknown) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    private readonly socket: WebSocket;

    constructor(url: string) {
      this.socket = new WebSocket(url);
      this.socket.binaryType = 'arraybuffer';
      this.socket.onopen = (event) => {
        const auth = encoding.createEncoder();
        encoding.writeVarString(auth, documentName);
        encoding.writeVarUint(auth, 2);
        encoding.writeVarUint(auth, 0);
        encoding.writeVarString(auth, '');
        this.socket.send(encoding.toUint8Array(auth));
        this.onopen?.(event);
      };
      this.socket.onmessage = (event) => {
        const data = new Uint8Array(event.data as ArrayBuffer);
        const decoder = decoding.createDecoder(data);
        decoding.readVarString(decoder);
        const body = data.slice(decoder.pos);
        if (body[0] === SYNC_REPLY) body[0] = 0;
        if (body.length > 0 && Y_WEBSOCKET_TYPES.has(body[0] as number)) {
          this.onmessage?.({ data: body.buffer });
        }
      };
      this.socket.onclose = (event) => this.onclose?.(event);
      this.socket.onerror = (event) => this.onerror?.(event);
    }

    get readyState(): number {
      return this.socket.readyState;
    }

    send(data: Uint8Array): void {
      const message = new Uint8Array(prefix.length + data.length);
      message.set(prefix);
      message.set(data, prefix.length);
      this.socket.send(message);
    }

    close(code?: number, reason?: string): void {
      this.socket.close(code, reason);
    }
  }
  return HocuspocusSocket as unknown as typeof WebSocket;
}
