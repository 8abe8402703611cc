interface SuggestionToggleProps {
  suggesting: boolean;
  /** The account may only suggest: the toggle stays on and says why. */
  suggestOnly: boolean;
  onChange: (suggesting: boolean) => void;
}

/** "Föreslå ändringar": edits become suggestions the owners accept or reject. */
export function SuggestionToggle({ suggesting, suggestOnly, onChange }: SuggestionToggleProps) {
  return (
    <div className="suggestion-toggle">
      <button
        type="button"
        className={suggesting ? 'button button--small suggestion-toggle__button--on' : 'button button--small'}
        aria-pressed={suggesting}
        aria-disabled={suggestOnly || undefined}
        aria-describedby={suggestOnly ? 'suggest-only-hint' : undefined}
        onClick={() => !suggestOnly && onChange(!suggesting)}
      >
        Föreslå ändringar
      </button>
      {suggestOnly && (
        <span id="suggest-only-hint" className="suggestion-toggle__hint">
          Utkastet är delat med din grupp för förslag: dina ändringar blir förslag som ägarna godtar eller avvisar.
        </span>
      )}
    </div>
  );
}
