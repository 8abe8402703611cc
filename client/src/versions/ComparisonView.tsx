import type { Comparison } from '@yttra/api';
import { useMemo, useRef, useState } from 'react';
import { formatCreatedAt } from '../start/formatCreatedAt';
import { authorColors, UNKNOWN_AUTHOR_COLOR } from './authorColors';
import { stepChange } from './stepChange';
import { stepOfKey } from './stepOfKey';

interface ComparisonViewProps {
  comparison: Comparison;
  /** Offered when the older side is a saved version and the caller may write. */
  onRestore?: (() => void) | undefined;
}

interface Change {
  kind: 'added' | 'removed';
  author: string;
}

/**
 * Two versions compared inline: added text underlined, removed text struck through, both in their author's colour,
 * with a legend naming every author. N/J and P/K (or Alt+↓/↑) step from change to change while the comparison has
 * focus; the buttons do the same.
 */
export function ComparisonView({ comparison, onRestore }: ComparisonViewProps) {
  const colors = useMemo(() => authorColors(comparison.authors), [comparison.authors]);
  const names = useMemo(
    () => new Map(comparison.authors.map((a) => [a.id, a.name || 'borttagen användare'])),
    [comparison.authors],
  );
  const marks = useRef<(HTMLElement | null)[]>([]);
  const [current, setCurrent] = useState(-1);
  const changes: Change[] = [];
  const counts = new Map<string, number>();
  for (const block of comparison.blocks) {
    for (const segment of block.segments) {
      if (segment.change === null) continue;
      changes.push({ kind: segment.change, author: segment.authorId ? (names.get(segment.authorId) ?? '') : '' });
      if (segment.authorId) counts.set(segment.authorId, (counts.get(segment.authorId) ?? 0) + 1);
    }
  }
  const unknownCount = changes.filter((change) => change.author === '').length;

  const step = (direction: 1 | -1) => {
    const next = stepChange(current, changes.length, direction);
    setCurrent(next);
    const mark = marks.current[next];
    mark?.focus();
    mark?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
  };

  const current_ = changes[current];
  const status =
    changes.length === 0
      ? 'Inga skillnader.'
      : current_
        ? `Ändring ${current + 1} av ${changes.length}: ${current_.kind === 'added' ? 'tillagt' : 'borttaget'} av ${current_.author || 'okänd'}.`
        : `${changes.length} ${changes.length === 1 ? 'ändring' : 'ändringar'}.`;

  let changeIndex = -1;
  return (
    <section className="comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">
        Jämförelse: {comparison.from.label} <span aria-hidden="true">→</span>
        <span className="visually-hidden"> jämfört med </span> {comparison.to.label}
      </h2>
      <p className="comparison__sides">
        Från {comparison.from.label} ({formatCreatedAt(comparison.from.createdAt)}) till {comparison.to.label}
        {comparison.to.ref === 'now' ? '' : ` (${formatCreatedAt(comparison.to.createdAt)})`}.
      </p>
      <section className="comparison__legend" aria-label="Teckenförklaring">
        <p className="comparison__legend-key">
          <ins className="comparison__sample">Understruken</ins> text är tillagd,{' '}
          <del className="comparison__sample">genomstruken</del> text är borttagen. Färgen visar vem som ändrade:
        </p>
        <ul className="comparison__authors">
          {comparison.authors.map((author) => (
            <li key={author.id}>
              <span className="comparison__swatch" style={{ background: colors.get(author.id) }} aria-hidden="true" />
              {names.get(author.id)} ({counts.get(author.id) ?? 0})
            </li>
          ))}
          {unknownCount > 0 && (
            <li>
              <span className="comparison__swatch" style={{ background: UNKNOWN_AUTHOR_COLOR }} aria-hidden="true" />
              Okänd författare ({unknownCount})
            </li>
          )}
        </ul>
      </section>
      <div className="comparison__toolbar">
        <button type="button" className="button button--small" onClick={() => step(-1)} disabled={changes.length === 0}>
          <span aria-hidden="true">↑ </span>Föregående ändring
        </button>
        <button type="button" className="button button--small" onClick={() => step(1)} disabled={changes.length === 0}>
          <span aria-hidden="true">↓ </span>Nästa ändring
        </button>
        <p className="comparison__status" role="status">
          {status}
        </p>
        {onRestore && (
          <button type="button" className="button button--small comparison__restore" onClick={onRestore}>
            Återställ {comparison.from.label}
          </button>
        )}
      </div>
      {/* A focusable region: the stepping keys work anywhere inside it. */}
      <section
        className="comparison__text"
        aria-label="Jämförd text"
        aria-describedby="comparison-keys"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the region takes focus so its keys can be used
        tabIndex={0}
        onKeyDown={(event) => {
          const direction = stepOfKey(event);
          if (direction === 0) return;
          event.preventDefault();
          step(direction);
        }}
      >
        {comparison.blocks.map((block, blockIndex) => (
          <p
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity of their own; the list is replaced whole
            key={blockIndex}
            className={`comparison__block comparison__block--${block.type}`}
            style={{ marginInlineStart: `${Math.max(0, block.depth - 1) * 1.25}rem` }}
          >
            {block.segments.length === 0 && <br />}
            {block.segments.map((segment, segmentIndex) => {
              if (segment.change === null) {
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are replaced whole with the comparison
                return <span key={segmentIndex}>{segment.text}</span>;
              }
              changeIndex += 1;
              const index = changeIndex;
              const author = segment.authorId ? (names.get(segment.authorId) ?? '') : '';
              const color = (segment.authorId && colors.get(segment.authorId)) || UNKNOWN_AUTHOR_COLOR;
              const Mark = segment.change === 'added' ? 'ins' : 'del';
              const what = segment.change === 'added' ? 'Tillagt' : 'Borttaget';
              return (
                <Mark
                  // biome-ignore lint/suspicious/noArrayIndexKey: segments are replaced whole with the comparison
                  key={segmentIndex}
                  ref={(element: HTMLElement | null) => {
                    marks.current[index] = element;
                  }}
                  tabIndex={-1}
                  className={`comparison__change${index === current ? ' comparison__change--current' : ''}`}
                  style={{ color, borderColor: color }}
                  data-change={segment.change}
                  data-author={author}
                  title={`${what} av ${author || 'okänd'}`}
                >
                  <span className="visually-hidden">
                    [{what.toLowerCase()} av {author || 'okänd'}:{' '}
                  </span>
                  {segment.text}
                  <span className="visually-hidden">]</span>
                </Mark>
              );
            })}
          </p>
        ))}
      </section>
      <p id="comparison-keys" className="field-hint">
        Gå mellan ändringarna med N och P (eller Alt+pil ned och upp) när texten har fokus.
      </p>
    </section>
  );
}
