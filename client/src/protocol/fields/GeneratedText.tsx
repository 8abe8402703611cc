import type { LiveText } from '../live/liveText';

/**
 * A sentence the protocol generates from the fields: never typed, never stored, and set apart from the text people
 * write. Screen readers hear that it is generated before they hear it.
 */
export function GeneratedText({ live, name }: { live: LiveText; name: string }) {
  return (
    <p
      className={live.complete ? 'generated' : 'generated generated--pending'}
      data-generated={name}
      contentEditable={false}
      suppressContentEditableWarning
    >
      <span className="visually-hidden">
        {live.complete ? 'Genereras automatiskt: ' : 'Genereras automatiskt när fälten är ifyllda. '}
      </span>
      {live.text}
    </p>
  );
}
