/** One step of a random keyboard session (and the few mouse steps a person mixes in). */
export type FuzzAction =
  | { kind: 'type'; text: string }
  | { kind: 'press'; key: string }
  | { kind: 'select'; key: string; times: number }
  | { kind: 'selectAllType'; text: string }
  | { kind: 'selectAllDelete' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'tabAway'; backwards: boolean; times: number }
  | { kind: 'insert'; label: string }
  | { kind: 'removeBlock'; by: 'keyboard' | 'button'; index: number }
  | { kind: 'addAddition'; text: string }
  | { kind: 'click'; index: number };

/** mulberry32: a small seeded generator, so that a session is reproduced exactly from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäö';
const MOVES = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * The actions of one session: weighted towards typing, with every kind of key a person uses. Typed words are
 * unique in the session (a counter in letters), so the check can tell each one apart in the document.
 */
export function generateSession(seed: number, length: number, insertLabels: readonly string[]): FuzzAction[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let counter = 0;
  const word = () => {
    counter += 1;
    let tag = '';
    for (let n = counter; n > 0; n = Math.floor(n / 26)) tag += LETTERS[n % 26];
    const filler = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick([...LETTERS])).join('');
    return `${filler}Q${tag}${random() < 0.3 ? ' ' : ''}`;
  };
  const weighted: Array<[number, () => FuzzAction]> = [
    [30, () => ({ kind: 'type', text: word() })],
    [7, () => ({ kind: 'press', key: 'Enter' })],
    [8, () => ({ kind: 'press', key: 'Backspace' })],
    [5, () => ({ kind: 'press', key: 'Delete' })],
    [14, () => ({ kind: 'press', key: pick(MOVES) })],
    [
      7,
      () => ({
        kind: 'select',
        key: pick(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']),
        times: 1 + Math.floor(random() * 4),
      }),
    ],
    [2, () => ({ kind: 'selectAllType', text: word() })],
    [1, () => ({ kind: 'selectAllDelete' })],
    [4, () => ({ kind: 'undo' })],
    [3, () => ({ kind: 'redo' })],
    [3, () => ({ kind: 'tabAway', backwards: random() < 0.5, times: 1 + Math.floor(random() * 2) })],
    [insertLabels.length > 0 ? 4 : 0, () => ({ kind: 'insert', label: pick(insertLabels) })],
    [2, () => ({ kind: 'removeBlock', by: random() < 0.5 ? 'keyboard' : 'button', index: Math.floor(random() * 4) })],
    [3, () => ({ kind: 'addAddition', text: word() })],
    [4, () => ({ kind: 'click', index: Math.floor(random() * 6) })],
  ];
  const total = weighted.reduce((sum, [weight]) => sum + weight, 0);
  const actions: FuzzAction[] = [];
  for (let step = 0; step < length; step += 1) {
    let roll = random() * total;
    for (const [weight, make] of weighted) {
      roll -= weight;
      if (roll < 0) {
        actions.push(make());
        break;
      }
    }
  }
  return actions;
}
