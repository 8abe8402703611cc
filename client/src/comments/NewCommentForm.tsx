import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { saveErrorMessage } from './commentDisplay';
import type { Person } from './commentsApi';
import { MentionPicker } from './MentionPicker';

interface NewCommentFormProps {
  /** The selected text the new thread is about, shown so the writer sees what they comment on. */
  quote: string;
  people: readonly Person[];
  /** Creates the thread; a rejection keeps the form open with the error shown. */
  onSave: (body: string, mentions: string[]) => Promise<void>;
  onCancel: () => void;
}

/** The form that opens a new thread on the selected text. */
export function NewCommentForm({ quote, people, onSave, onCancel }: NewCommentFormProps) {
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const fieldId = useId();

  // The form opens because the writer asked to comment: they start typing straight away.
  useEffect(() => textarea.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '' || saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(body.trim(), mentions);
    } catch (caught) {
      setError(saveErrorMessage(caught));
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };

  return (
    <section aria-labelledby={titleId} className="comment-form" onKeyDown={onKeyDown}>
      <h3 id={titleId}>Ny kommentar</h3>
      <blockquote className="comment-thread__quote">{quote}</blockquote>
      <form onSubmit={submit}>
        <label htmlFor={fieldId}>Kommentar</label>
        <textarea id={fieldId} ref={textarea} value={body} onChange={(event) => setBody(event.target.value)} rows={3} />
        <MentionPicker people={people} selected={mentions} onChange={setMentions} />
        {error !== null && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        <div className="comment-form__actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            Spara
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Avbryt
          </button>
        </div>
      </form>
    </section>
  );
}
