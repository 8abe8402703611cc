import { colorForName, isUserColor } from '../identity/colorForName';
import { normalizeDisplayName } from '../identity/normalizeDisplayName';

export interface PresentPerson {
  clientId: number;
  name: string;
  color: string;
}

const collator = new Intl.Collator('sv-SE');

function personFrom(clientId: number, state: unknown): PresentPerson | null {
  if (typeof state !== 'object' || state === null || !('user' in state)) return null;
  const { user } = state;
  if (typeof user !== 'object' || user === null || !('name' in user) || typeof user.name !== 'string') return null;
  // Awareness comes from other browsers: never trust its text length or its colour.
  const name = normalizeDisplayName(user.name);
  if (name === '') return null;
  const color = 'color' in user && isUserColor(user.color) ? user.color : colorForName(name);
  return { clientId, name, color };
}

/** Everyone else with a name in the awareness states, sorted the Swedish way (Å, Ä, Ö last). */
export function peopleFromAwareness(states: ReadonlyMap<number, unknown>, ownClientId: number): PresentPerson[] {
  const people: PresentPerson[] = [];
  for (const [clientId, state] of states) {
    if (clientId === ownClientId) continue;
    const person = personFrom(clientId, state);
    if (person) people.push(person);
  }
  return people.sort((a, b) => collator.compare(a.name, b.name) || a.clientId - b.clientId);
}
