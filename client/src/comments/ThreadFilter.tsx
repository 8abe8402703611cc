/** Which threads the sidebar lists: the ones still open, or the resolved ones. */
export type ThreadFilterValue = 'open' | 'resolved';

const OPTIONS: readonly ThreadFilterValue[] = ['open', 'resolved'];

/**
 * The "Visa" choice between open and resolved threads. Radio buttons rather than tabs: it filters one list,
 * and `name` keeps each sidebar's group apart should two be on a page.
 */
export function ThreadFilter({
  name,
  value,
  onChange,
}: {
  name: string;
  value: ThreadFilterValue;
  onChange: (value: ThreadFilterValue) => void;
}) {
  return (
    <div role="radiogroup" aria-label="Visa" className="comments__filter">
      <span aria-hidden="true" className="comments__filter-label">
        Visa:
      </span>
      {OPTIONS.map((option) => (
        <label key={option} className="comments__filter-option">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {option === 'open' ? 'Öppna' : 'Lösta'}
        </label>
      ))}
    </div>
  );
}
