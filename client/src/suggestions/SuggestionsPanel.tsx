import type { Editor } from '@tiptap/react';
import { decideSuggestions, type SuggestionDecision, withdrawSuggestion } from '@yttra/editor';
import { useId, useState } from 'react';
import { commentTimeFormat } from '../comments/commentDisplay';
import { describeSuggestion } from './describeSuggestion';
import { useSuggestions } from './useSuggestions';

interface SuggestionsPanelProps {
  editor: Editor | null;
  /** The owners (who write) accept and reject; everyone may withdraw their own suggestions. */
  canDecide: boolean;
  currentUserId: string;
}

const DONE: Record<SuggestionDecision, string> = { accept: 'Förslaget är godtaget.', reject: 'Förslaget är avvisat.' };

/** The open suggestions beside the text, in its order: who suggested what and when, and the owners' decisions. */
export function SuggestionsPanel({ editor, canDecide, currentUserId }: SuggestionsPanelProps) {
  const { suggestions, selection } = useSuggestions(editor);
  const [status, setStatus] = useState('');
  const headingId = useId();
  if (!editor) return null;

  const decide = (decision: SuggestionDecision, scope: Parameters<typeof decideSuggestions>[1], message: string) => {
    const done = decideSuggestions(decision, scope)(editor.state, editor.view.dispatch);
    setStatus(done ? message : 'Det fanns inget förslag att ta ställning till.');
  };
  const selected = () => ({ from: editor.state.selection.from, to: editor.state.selection.to });

  return (
    <section aria-labelledby={headingId} className="suggestions">
      <h2 id={headingId} className="suggestions__heading">
        Förslag till ändringar
      </h2>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {suggestions.length === 0 ? (
        <p className="suggestions__empty">Inga öppna förslag.</p>
      ) : (
        <>
          {canDecide && (
            <div className="suggestions__all">
              <button
                type="button"
                className="button"
                onClick={() => decide('accept', 'all', 'Alla förslag är godtagna.')}
              >
                Godta alla
              </button>
              <button
                type="button"
                className="button"
                onClick={() => decide('reject', 'all', 'Alla förslag är avvisade.')}
              >
                Avvisa alla
              </button>
              <button
                type="button"
                className="button"
                aria-disabled={!selection || undefined}
                onClick={() => selection && decide('accept', selected(), 'Förslagen i markeringen är godtagna.')}
              >
                Godta markerade
              </button>
              <button
                type="button"
                className="button"
                aria-disabled={!selection || undefined}
                onClick={() => selection && decide('reject', selected(), 'Förslagen i markeringen är avvisade.')}
              >
                Avvisa markerade
              </button>
            </div>
          )}
          <ol className="suggestions__list">
            {suggestions.map((suggestion) => {
              const what = describeSuggestion(suggestion);
              const who = suggestion.authorName ?? 'Okänd';
              const own = suggestion.authorId === currentUserId;
              return (
                <li key={suggestion.id} className="suggestion-item" data-suggestion-id={suggestion.id}>
                  <p className="suggestion-item__what">{what}</p>
                  <p className="suggestion-item__who">
                    {who}
                    {suggestion.createdAt !== null && (
                      <>
                        {' · '}
                        <time dateTime={new Date(suggestion.createdAt).toISOString()}>
                          {commentTimeFormat.format(suggestion.createdAt)}
                        </time>
                      </>
                    )}
                  </p>
                  <div className="suggestion-item__actions">
                    {canDecide && (
                      <>
                        <button
                          type="button"
                          className="button button--primary"
                          aria-label={`Godta: ${what} (${who})`}
                          onClick={() => decide('accept', { ids: [suggestion.id] }, DONE.accept)}
                        >
                          Godta
                        </button>
                        <button
                          type="button"
                          className="button"
                          aria-label={`Avvisa: ${what} (${who})`}
                          onClick={() => decide('reject', { ids: [suggestion.id] }, DONE.reject)}
                        >
                          Avvisa
                        </button>
                      </>
                    )}
                    {!canDecide && own && (
                      <button
                        type="button"
                        className="button"
                        aria-label={`Dra tillbaka: ${what}`}
                        onClick={() => {
                          withdrawSuggestion(suggestion.id)(editor.state, editor.view.dispatch);
                          setStatus('Förslaget är tillbakadraget.');
                        }}
                      >
                        Dra tillbaka
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
