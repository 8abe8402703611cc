const WORDS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/**
 * Small counts in words, as running text writes them ("en skrivelse", "två skrivelser"); from 13 on, digits.
 * `neuter` gives "ett" for one (ett yrkande).
 */
export function swedishNumberWord(count: number, neuter = false): string {
  if (count === 1 && neuter) return 'ett';
  return Number.isInteger(count) && count >= 0 && count < WORDS.length ? WORDS[count]! : String(count);
}
