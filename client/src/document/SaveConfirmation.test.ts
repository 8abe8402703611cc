import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { RECEIPT_MAX_WAIT_MS, RECEIPT_PAUSE_MS, SaveConfirmation } from './SaveConfirmation';

/** The socket the provider talks through; the test plays the server on the other end. */
class ScriptedSocket {
  static opened: ScriptedSocket[] = [];
  readonly OPEN = 1;
  readyState = 0;
  binaryType = 'blob';
  bufferedAmount = 0;
  readonly sent: Uint8Array[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(readonly url: string) {
    ScriptedSocket.opened.push(this);
  }

  send(data: Uint8Array): void {
    this.sent.push(data);
  }

  close(): void {
    this.readyState = 3;
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }

  drop(): void {
    this.readyState = 3;
    this.onclose?.({ code: 1006, reason: '' });
  }

  /** Sync step 1s this socket carried to the server: the provider's handshake first, then receipt requests. */
  stepOnes(): number {
    return this.sent.filter((frame) => {
      const decoder = decoding.createDecoder(frame);
      return decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep1;
    }).length;
  }

  /** The server's step 1, then `answers` step 2s, each answering the next step 1 in order. */
  serverStep1(server: Y.Doc): void {
    this.deliver((encoder) => syncProtocol.writeSyncStep1(encoder, server));
  }

  answer(server: Y.Doc): void {
    this.deliver((encoder) => syncProtocol.writeSyncStep2(encoder, server));
  }

  private deliver(write: (encoder: encoding.Encoder) => void): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    write(encoder);
    const bytes = encoding.toUint8Array(encoder);
    this.onmessage?.({ data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  }
}

describe('SaveConfirmation', () => {
  let doc: Y.Doc;
  let server: Y.Doc;
  let provider: WebsocketProvider;
  let confirmation: SaveConfirmation;
  const type = (text: string) => {
    doc.getText('t').insert(0, text);
    confirmation.noteLocalEdit();
  };
  const socket = () => ScriptedSocket.opened.at(-1) as ScriptedSocket;
  /** Opens the current socket and completes the provider's handshake. */
  const handshake = () => {
    socket().open();
    socket().serverStep1(server);
    socket().answer(server);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    ScriptedSocket.opened = [];
    doc = new Y.Doc();
    server = new Y.Doc();
    provider = new WebsocketProvider('ws://server.invalid', 'dokument', doc, {
      WebSocketPolyfill: ScriptedSocket as unknown as typeof WebSocket,
      disableBc: true,
    });
    confirmation = new SaveConfirmation(provider, () => undefined);
  });

  afterEach(() => {
    confirmation.destroy();
    provider.destroy();
    vi.useRealTimers();
  });

  it('asks for a receipt after a typing pause and confirms the edits once it is answered', () => {
    handshake();
    expect(socket().stepOnes()).toBe(1);
    type('a');
    type('b');
    expect(confirmation.allConfirmed).toBe(false);
    vi.advanceTimersByTime(RECEIPT_PAUSE_MS - 1);
    expect(socket().stepOnes()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(socket().stepOnes()).toBe(2);
    expect(confirmation.allConfirmed).toBe(false);
    socket().answer(server);
    expect(confirmation.allConfirmed).toBe(true);
  });

  it('asks at least every two seconds while typing goes on', () => {
    handshake();
    for (let elapsed = 0; elapsed < RECEIPT_MAX_WAIT_MS; elapsed += 100) {
      type('x');
      vi.advanceTimersByTime(100);
    }
    expect(socket().stepOnes()).toBe(2);
  });

  it('confirms only what was made before the request an answer belongs to', () => {
    handshake();
    type('a');
    vi.advanceTimersByTime(RECEIPT_PAUSE_MS);
    type('b');
    vi.advanceTimersByTime(RECEIPT_PAUSE_MS);
    expect(socket().stepOnes()).toBe(3);
    socket().answer(server);
    expect(confirmation.allConfirmed).toBe(false);
    socket().answer(server);
    expect(confirmation.allConfirmed).toBe(true);
  });

  it('counts no step 2 that answers no request of its own, nor the server step 1', () => {
    handshake();
    type('a');
    socket().serverStep1(server);
    socket().answer(server);
    expect(confirmation.allConfirmed).toBe(false);
  });

  it('forgets the requests of a dropped socket and asks again right after the next handshake', () => {
    handshake();
    type('a');
    vi.advanceTimersByTime(RECEIPT_PAUSE_MS);
    socket().drop();
    type('offline');
    vi.advanceTimersByTime(RECEIPT_MAX_WAIT_MS * 2);
    expect(confirmation.allConfirmed).toBe(false);
    // The provider reconnects; its handshake's answer vouches for nothing of ours.
    socket().open();
    socket().serverStep1(server);
    expect(socket().stepOnes()).toBe(1);
    socket().answer(server);
    expect(confirmation.allConfirmed).toBe(false);
    expect(socket().stepOnes()).toBe(2);
    socket().answer(server);
    expect(confirmation.allConfirmed).toBe(true);
  });

  it('waits for the handshake before asking about edits made while connecting', () => {
    socket().open();
    type('a');
    vi.advanceTimersByTime(RECEIPT_MAX_WAIT_MS);
    expect(socket().stepOnes()).toBe(1);
    socket().serverStep1(server);
    socket().answer(server);
    expect(socket().stepOnes()).toBe(2);
    socket().answer(server);
    expect(confirmation.allConfirmed).toBe(true);
  });
});
