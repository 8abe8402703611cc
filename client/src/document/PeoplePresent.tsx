import type { Awareness } from 'y-protocols/awareness';
import { useAwarenessPeople } from './useAwarenessPeople';

export function PeoplePresent({ awareness }: { awareness: Awareness }) {
  const people = useAwarenessPeople(awareness);
  return (
    <section className="people-present" aria-labelledby="people-present-heading">
      <h2 id="people-present-heading">Andra i dokumentet</h2>
      {people.length === 0 ? (
        <p className="muted">Ingen annan är här just nu.</p>
      ) : (
        <ul className="people-list">
          {people.map((person) => (
            <li key={person.clientId}>
              <span className="person-swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
              {person.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
