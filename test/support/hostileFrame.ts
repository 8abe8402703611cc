import { hostileUpdate } from '@yttra/server/sync-testing';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const syncFrame = (step: number, payload: Uint8Array) =>
  message((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
  });

const awarenessEntry = (clientIds: readonly number[]) =>
  fc.record({
    clientId: fc.oneof(
      ...(clientIds.length > 0 ? [fc.constantFrom(...clientIds)] : []),
      fc.constantFrom(0, 2 ** 32 - 1),
      fc.nat(),
    ),
    clock: fc.oneof(fc.constantFrom(0, 1, Number.MAX_SAFE_INTEGER), fc.nat()),
    state: fc.oneof(
      fc.constantFrom('null', '{}', '{"user":{"name":"Mallory"}}', '{"user":', '', '"x"', '[1,2]'),
      fc.json(),
    ),
  });

/** A y-protocols awareness message, entries and counts as given: other people's client ids, broken JSON. */
const awarenessFrame = (clientIds: readonly number[]) =>
  fc
    .tuple(fc.array(awarenessEntry(clientIds), { maxLength: 4 }), fc.integer({ min: -1, max: 1 }))
    .map(([entries, countLie]) =>
      message((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint8Array(
          e,
          message((inner) => {
            encoding.writeVarUint(inner, Math.max(0, entries.length + countLie));
            for (const entry of entries) {
              encoding.writeVarUint(inner, entry.clientId);
              encoding.writeVarUint(inner, entry.clock);
              encoding.writeVarString(inner, entry.state);
            }
          }),
        );
      }),
    );

const stateVectorFrame = fc
  .array(fc.tuple(fc.nat(), fc.oneof(fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER))), { maxLength: 4 })
  .map((entries) =>
    syncFrame(
      0,
      message((e) => {
        encoding.writeVarUint(e, entries.length);
        for (const [client, clock] of entries) {
          encoding.writeVarUint(e, client);
          encoding.writeVarUint(e, clock);
        }
      }),
    ),
  );

const hugeLength = fc
  .tuple(fc.constantFrom(0, 1), fc.constantFrom(1, 2), fc.uint8Array({ maxLength: 16 }))
  .map(([type, step, tail]) => {
    const head = type === 0 ? [0, step] : [1];
    return new Uint8Array([...head, 0xff, 0xff, 0xff, 0xff, 0x0f, ...tail]);
  });

function damage(frame: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.nat().map((at) => frame.slice(0, at % frame.length)),
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, value]) => {
      const copy = frame.slice();
      copy[at % copy.length] = value;
      return copy;
    }),
    fc.uint8Array({ minLength: 1, maxLength: 4 }).map((tail) => new Uint8Array([...frame, ...tail])),
  );
}

/**
 * One frame a hostile client might send, built around a genuine update of the target document: mutated
 * updates (as sync update or step 2), damaged framing, random bytes, awareness messages with other people's
 * client ids and broken JSON, hostile state vectors, lengths far beyond the frame, and some genuine frames so
 * accepted paths are exercised too.
 */
export function hostileFrame(
  genuine: Uint8Array,
  clients: ReadonlyMap<number, number>,
  awarenessIds: readonly number[],
): fc.Arbitrary<Uint8Array> {
  const genuineFrame = syncFrame(2, genuine);
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.constantFrom(1, 2), hostileUpdate(genuine, clients))
        .map(([step, update]) => syncFrame(step, update)),
    },
    { weight: 1, arbitrary: fc.constant(genuineFrame) },
    { weight: 2, arbitrary: damage(genuineFrame) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 48 }) },
    { weight: 2, arbitrary: awarenessFrame(awarenessIds) },
    { weight: 1, arbitrary: stateVectorFrame },
    { weight: 1, arbitrary: hugeLength },
    { weight: 1, arbitrary: fc.constant(new Uint8Array([3])) },
  );
}
