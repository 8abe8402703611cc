import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

type Struct = Y.Item | Y.GC | Y.Skip;

/** An update as a fuzzer edits it: structs per client in clock order, and delete ranges per client. */
export interface EditableUpdate {
  structs: Struct[];
  deletes: Array<{ client: number; clock: number; len: number }>;
}

/** Writes structs and deletes in the v1 update format exactly as given, lies included. */
export function encodeEditable(update: EditableUpdate): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const runs: Struct[][] = [];
  for (const struct of update.structs) {
    const run = runs.at(-1);
    if (run && run[0]?.id.client === struct.id.client) run.push(struct);
    else runs.push([struct]);
  }
  const write = (value: number) => encoding.writeVarUint(encoder.restEncoder, value);
  write(runs.length);
  for (const run of runs) {
    const first = run[0] as Struct;
    write(run.length);
    encoder.writeClient(first.id.client);
    write(first.id.clock);
    for (const struct of run) {
      if (struct instanceof Y.Item && struct.origin === null && struct.rightOrigin === null) {
        const { parent } = struct as unknown as { parent: unknown };
        if (parent === null) (struct as unknown as { parent: unknown }).parent = 'content';
      }
      struct.write(encoder, 0);
    }
  }
  const byClient = new Map<number, Array<{ clock: number; len: number }>>();
  for (const range of update.deletes) {
    const ranges = byClient.get(range.client) ?? [];
    ranges.push(range);
    byClient.set(range.client, ranges);
  }
  write(byClient.size);
  for (const [client, ranges] of byClient) {
    encoder.resetDsCurVal();
    write(client);
    write(ranges.length);
    for (const range of ranges) {
      encoder.writeDsClock(range.clock);
      encoder.writeDsLen(range.len);
    }
  }
  return encoder.toUint8Array();
}
