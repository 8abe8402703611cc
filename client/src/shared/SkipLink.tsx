import { MAIN_CONTENT_ID } from './landmarks';

export function SkipLink() {
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
      Hoppa till innehållet
    </a>
  );
}
