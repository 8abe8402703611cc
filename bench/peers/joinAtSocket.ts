import { randomBytes } from 'node:crypto';
import { connect as connectTcp } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { PeerServer } from './servers';

/** How a join looks on the wire for one server: what the client sends after the upgrade, what the answer is. */
export interface JoinWire {
  path: string;
  headers: Record<string, string>;
  /** Messages a fresh client sends once the socket is open (a sync step 1, and Hocuspocus's auth first). */
  opening: Uint8Array[];
  /** The sync step 2 inside a message, if the message starts with one (Hocuspocus prefixes the document name). */
  syncStep2Offset(head: Uint8Array): number | undefined;
}

/** Every this many joiners keeps the whole answer and checks, after the clock stopped, that it is the document. */
const CHECK_EVERY = 30;
/** Bytes of a message kept to recognise it: the prefix and the two message-type numbers fit. */
const HEAD_BYTES = 64;

/** A client frame (clients must mask): binary by default, or another FIN frame such as a pong (0x8a). */
function maskedFrame(payload: Uint8Array, first = 0x82): Buffer {
  const length = payload.length;
  const extended = length < 126 ? 0 : length < 65_536 ? 2 : 8;
  const frame = Buffer.alloc(2 + extended + 4 + length);
  frame[0] = first;
  if (extended === 0) frame[1] = 0x80 | length;
  else if (extended === 2) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  const mask = randomBytes(4);
  mask.copy(frame, 2 + extended);
  for (let index = 0; index < length; index++) {
    frame[2 + extended + 4 + index] = (payload[index] as number) ^ (mask[index % 4] as number);
  }
  return frame;
}

interface Joined {
  seconds: number;
  /** The whole sync step 2 message, only for the joiners that check it. */
  message?: Buffer;
  step2Offset: number;
  close(): void;
}

/**
 * One client joining over a plain TCP socket: it sends the upgrade and the opening messages, then reads frame
 * headers and skips payloads without copying them, so the clock stops when the last byte of the sync step 2 has
 * arrived, not when a WebSocket library has assembled and the load generator has applied 4 MB.
 */
function joinOnce(port: number, wire: JoinWire, keep: boolean): Promise<Joined> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const socket = connectTcp({ host: '127.0.0.1', port });
    socket.setNoDelay(true);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no sync step 2 within 600 s'));
    }, 600_000);
    let closeFrame = '';
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      reject(new Error(`the server closed the join before its sync step 2 ${closeFrame}`));
    });
    socket.on('connect', () => {
      const headers = Object.entries(wire.headers).map(([key, value]) => `${key}: ${value}\r\n`);
      socket.write(
        `GET ${wire.path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n${headers.join('')}\r\n`,
      );
    });
    let upgraded = false;
    let pending = Buffer.alloc(0);
    // The frame being read: its payload bytes still to come, and the head of its message.
    let remaining = 0;
    let head = Buffer.alloc(0);
    let messageLength = 0;
    let kept: Buffer[] = [];
    let finalFrame = false;
    const finishMessage = () => {
      const offset = wire.syncStep2Offset(head);
      if (offset !== undefined && messageLength <= 1000) {
        // Answered before the document arrived (a probe racing the holder's upload): no later step 2 will come.
        clearTimeout(timer);
        socket.destroy();
        reject(new Error(`a sync step 2 of ${messageLength} bytes, without the document`));
        return true;
      }
      if (offset !== undefined) {
        const seconds = (performance.now() - start) / 1000;
        clearTimeout(timer);
        socket.removeAllListeners('data');
        resolve({
          seconds,
          message: keep ? Buffer.concat(kept) : undefined,
          step2Offset: offset,
          close: () => socket.destroy(),
        });
        return true;
      }
      head = Buffer.alloc(0);
      messageLength = 0;
      kept = [];
      return false;
    };
    socket.on('data', (chunk: Buffer) => {
      let data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      pending = Buffer.alloc(0);
      if (!upgraded) {
        const end = data.indexOf('\r\n\r\n');
        if (end < 0) {
          pending = data;
          return;
        }
        const status = data.subarray(0, data.indexOf('\r\n')).toString();
        if (!status.includes(' 101 ')) {
          clearTimeout(timer);
          socket.destroy();
          reject(new Error(`upgrade refused: ${status}`));
          return;
        }
        upgraded = true;
        for (const message of wire.opening) socket.write(maskedFrame(message));
        data = data.subarray(end + 4);
      }
      let position = 0;
      while (position < data.length) {
        if (remaining > 0) {
          const take = Math.min(remaining, data.length - position);
          const part = data.subarray(position, position + take);
          if (head.length < HEAD_BYTES) head = Buffer.concat([head, part.subarray(0, HEAD_BYTES - head.length)]);
          if (keep) kept.push(Buffer.from(part));
          remaining -= take;
          position += take;
          if (remaining === 0 && finalFrame && finishMessage()) return;
          continue;
        }
        // A frame header: 2 bytes, then 2 or 8 bytes of length (server frames are never masked).
        const available = data.length - position;
        if (available < 2) {
          pending = Buffer.from(data.subarray(position));
          return;
        }
        const first = data[position] as number;
        const short = (data[position + 1] as number) & 0x7f;
        const extended = short === 126 ? 2 : short === 127 ? 8 : 0;
        if (available < 2 + extended) {
          pending = Buffer.from(data.subarray(position));
          return;
        }
        const length =
          extended === 0
            ? short
            : extended === 2
              ? data.readUInt16BE(position + 2)
              : Number(data.readBigUInt64BE(position + 2));
        position += 2 + extended;
        const opcode = first & 0x0f;
        finalFrame = (first & 0x80) !== 0;
        // Control frames (at most 125 bytes) are read whole: a ping is answered, as the server drops a client
        // that misses pings while it is busy, and a close is remembered for the error.
        if (opcode >= 8) {
          if (data.length - position < length) {
            pending = Buffer.from(data.subarray(position - 2 - extended));
            return;
          }
          const payload = data.subarray(position, position + length);
          if (opcode === 9) socket.write(maskedFrame(payload, 0x8a));
          if (opcode === 8 && length >= 2) closeFrame = `(close ${payload.readUInt16BE(0)} ${payload.subarray(2)})`;
          position += length;
          continue;
        }
        messageLength += length;
        remaining = length;
        if (length === 0 && finalFrame && finishMessage()) return;
      }
    });
  });
}

/** Checks that a kept answer is a sync step 2 carrying a document with content. */
function checkAnswer(joined: Joined): void {
  const message = joined.message as Buffer;
  const decoder = decoding.createDecoder(message.subarray(joined.step2Offset));
  const update = decoding.readVarUint8Array(decoder);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const size = Y.encodeStateAsUpdate(doc).length;
  doc.destroy();
  if (size < 1000) throw new Error(`a joiner's sync step 2 held an empty document (${size} bytes)`);
}

/**
 * Seconds from opening a connection until the server's sync step 2 has arrived, for `count` clients at once,
 * timed at the socket. Every CHECK_EVERY-th answer is decoded and applied after its clock stopped.
 */
export async function joinAtSocket(server: PeerServer, room: string, count: number): Promise<number[]> {
  const wire = server.joinWire(room);
  const port = Number(new URL(server.serverUrl).port);
  const joins = await Promise.all(
    Array.from({ length: count }, (_, index) => joinOnce(port, wire, index % CHECK_EVERY === 0)),
  );
  for (const joined of joins) joined.close();
  for (const joined of joins) if (joined.message) checkAnswer(joined);
  return joins.map((joined) => joined.seconds);
}

/** A y-websocket sync step 1 of an empty document: "send me everything". */
export function emptySyncStep1(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(encoder);
}

/** Offset of the step 2's update in a y-websocket message [0 sync, 1 step 2, update], if it is one. */
export function yWebsocketStep2(head: Uint8Array): number | undefined {
  return head[0] === 0 && head[1] === 1 ? 2 : undefined;
}
