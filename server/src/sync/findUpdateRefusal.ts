import * as Y from 'yjs';
import { findMisplacedItem } from './findMisplacedItem';
import { findMisplacedItemInCopy } from './findMisplacedItemInCopy';

/** What Y.decodeUpdate returns: every struct of an update and its delete set, nothing integrated. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

type Struct = DecodedUpdate['structs'][number];

/**
 * Why an update cannot be applied whole now. `missing` means it is well-formed but refers to structs the document
 * does not have yet (a client resending edits the server lost in a crash before its step 2 arrives, or an edit
 * made on top of another tab's not yet relayed edit): it may wait for them. Anything else is refused.
 */
export interface UpdateRefusal {
  reason: string;
  /** Not refused: the update waits, for structs the document lacks or (`later`) for its writer's budget. */
  missing: boolean;
  /** Waits only for its writer's budget (see PeerUpdateAdmission): decided again once the budget has refilled. */
  later?: boolean;
}

const refused = (reason: string): UpdateRefusal => ({ reason, missing: false });
const waiting = (reason: string): UpdateRefusal => ({ reason, missing: true });

/**
 * Why `Y.applyUpdate(doc, update)` could not integrate this (already parsed) update whole, or null when it can.
 *
 * Yjs trusts its input: a zero-length struct or delete range, a reference to a struct that is neither in the
 * document nor in the update, or a gap in a client's clocks make it throw halfway through a transaction or park
 * the rest as "pending" structs that break a later, innocent update. The server accepts only what it can apply
 * whole, so every such update is refused before it touches the document. The check mirrors Yjs' own integration
 * order (a struct waits until the structs it refers to are there), against the document's current state vector,
 * so it must run synchronously right before the update is applied. It also refuses an item that names neighbours
 * an honest editor could not have (findMisplacedItem): replicas would place it differently depending on what they
 * received first. `arrivalOf` (see ArrivalOrder) only makes that faster. `mayCheckInCopy` says whether the
 * quick check's refusal may be confirmed through a copy of the document now (a per-writer budget, see
 * PeerUpdateAdmission); when it may not, the update waits until it may.
 */
export function findUpdateRefusal(
  doc: Y.Doc,
  update: Uint8Array,
  decoded: DecodedUpdate,
  arrivalOf?: (id: Y.ID) => number,
  mayCheckInCopy: () => boolean = () => true,
): UpdateRefusal | null {
  const state = new Map<number, number>();
  const stateOf = (client: number): number => {
    let clock = state.get(client);
    if (clock === undefined) {
      clock = Y.getState(doc.store, client);
      state.set(client, clock);
    }
    return clock;
  };

  // Structs of one client arrive in clock order; the decoder derives each clock from the one before.
  const queues: Struct[][] = [];
  let current: Struct[] | undefined;
  for (const struct of decoded.structs) {
    if (!isClientId(struct.id.client)) return refused('client id out of range');
    if (struct instanceof Y.Skip) return refused('update leaves a gap (skip)');
    if (struct.length < 1 || !Number.isSafeInteger(struct.id.clock + struct.length))
      return refused('struct of length 0');
    if (struct instanceof Y.Item) {
      if (struct.content instanceof Y.ContentDoc) return refused('subdocuments are not supported');
      // A struct can only refer to its own client's earlier structs: Yjs does not check these.
      for (const reference of referencesOf(struct)) {
        if (!isClientId(reference.client)) return refused('client id out of range');
        if (reference.client === struct.id.client && reference.clock >= struct.id.clock) {
          return refused('struct refers to a later struct of its own client');
        }
      }
    }
    if (current?.[0]?.id.client !== struct.id.client) {
      // Yjs keeps only the last run of a client that appears twice and drops the others unseen.
      if (queues.some((queue) => queue[0]?.id.client === struct.id.client)) return refused('client appears twice');
      current = [];
      queues.push(current);
    }
    current.push(struct);
  }
  for (const queue of queues) {
    const first = queue[0] as Struct;
    const known = stateOf(first.id.client);
    if (first.id.clock > known) return waiting('update depends on structs the server does not have');
    // The one struct (if any) that straddles the known clock is integrated from there on.
    const straddling = queue.find((struct) => struct.id.clock < known && known < struct.id.clock + struct.length);
    if (straddling instanceof Y.Item && !overlapContinuesKnownRun(doc, straddling, known)) {
      return refused('struct overlaps known structs elsewhere');
    }
  }

  // Integrate in Yjs' order, on clocks only: a struct is ready once every other client's struct it refers to is.
  const positions = queues.map(() => 0);
  let remaining = decoded.structs.length;
  while (remaining > 0) {
    let progressed = false;
    for (let index = 0; index < queues.length; index++) {
      const queue = queues[index] as Struct[];
      let position = positions[index] as number;
      while (position < queue.length) {
        const struct = queue[position] as Struct;
        if (!isReady(struct, stateOf)) break;
        const end = struct.id.clock + struct.length;
        if (end > stateOf(struct.id.client)) state.set(struct.id.client, end);
        position += 1;
        remaining -= 1;
        progressed = true;
      }
      positions[index] = position;
    }
    if (!progressed) return waiting('update depends on structs the server does not have');
  }

  for (const [client, ranges] of decoded.ds.clients) {
    if (!isClientId(client)) return refused('client id out of range');
    const known = stateOf(client);
    for (const range of ranges) {
      if (range.len < 1) return refused('delete range of length 0');
      if (range.clock + range.len > known) return waiting('update deletes structs the server does not have');
    }
  }

  // Checked last, on an update that could be applied now: a refusal of the quick check is confirmed from where Yjs
  // actually integrates the items, since the quick check cannot always tell where a run of new items lands.
  const quick = findMisplacedItem(doc, decoded.structs, arrivalOf);
  if (quick === null) return null;
  // An honest writer's update can need the copy too (one long behind the others): it waits, and is never refused.
  if (!mayCheckInCopy())
    return { reason: `${quick} (to confirm: too many placement checks)`, missing: true, later: true };
  const misplaced = findMisplacedItemInCopy(doc, update, decoded.structs);
  return misplaced === null ? null : refused(misplaced);
}

/**
 * A struct that starts before the client's known clock and ends after it is integrated from the known clock on,
 * to the right of the client's last known struct but in the list its own origin names. A genuine one is a resent
 * run of characters whose first part the server has, so both are the same list; anything else links the new part
 * into two lists at once, which throws in Yjs or corrupts the document.
 */
function overlapContinuesKnownRun(doc: Y.Doc, struct: Y.Item, known: number): boolean {
  const last = Y.getItem(doc.store, new Y.ID(struct.id.client, known - 1));
  if (!(last instanceof Y.Item)) return false;
  const claimed = claimedPlace(doc, struct, known);
  return claimed !== undefined && claimed.parent === last.parent && claimed.parentSub === last.parentSub;
}

/** The list a decoded item says it belongs to, as Yjs resolves it; undefined when that cannot be told from the doc. */
function claimedPlace(
  doc: Y.Doc,
  item: Y.Item,
  known: number,
): { parent: unknown; parentSub: string | null } | undefined {
  const inDocument = (id: Y.ID) => id.clock < (id.client === item.id.client ? known : Y.getState(doc.store, id.client));
  const neighbour = item.origin ?? item.rightOrigin;
  if (neighbour) {
    if (!inDocument(neighbour)) return undefined;
    const found = Y.getItem(doc.store, neighbour);
    return found instanceof Y.Item ? { parent: found.parent, parentSub: found.parentSub } : undefined;
  }
  const { parent } = item as unknown as { parent: unknown };
  if (parent instanceof Y.ID) {
    if (!inDocument(parent)) return undefined;
    const found = Y.getItem(doc.store, parent);
    const type = found instanceof Y.Item && found.content instanceof Y.ContentType ? found.content.type : undefined;
    return type ? { parent: type, parentSub: item.parentSub } : undefined;
  }
  const root = typeof parent === 'string' ? doc.share.get(parent) : undefined;
  return root ? { parent: root, parentSub: item.parentSub } : undefined;
}

/**
 * Yjs draws client ids as unsigned 32-bit numbers. Larger ones are no safe integers past 2^53 (two encodings
 * decode to one id, and lib0 refuses to read them back once merged), so no genuine update carries one.
 */
function isClientId(client: number): boolean {
  return Number.isInteger(client) && client >= 0 && client <= 0xff_ff_ff_ff;
}

function referencesOf(item: Y.Item): Y.ID[] {
  const references: Y.ID[] = [];
  if (item.origin) references.push(item.origin);
  if (item.rightOrigin) references.push(item.rightOrigin);
  // A decoded item names its parent by the ID of the item that created it, or by a root name.
  const { parent } = item as unknown as { parent: unknown };
  if (parent instanceof Y.ID) references.push(parent);
  return references;
}

function isReady(struct: Struct, stateOf: (client: number) => number): boolean {
  if (!(struct instanceof Y.Item)) return true;
  for (const reference of referencesOf(struct)) {
    if (reference.client !== struct.id.client && reference.clock >= stateOf(reference.client)) return false;
  }
  return true;
}
