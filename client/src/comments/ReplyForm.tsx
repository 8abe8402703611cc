import { type FormEvent, useId, useState } from 'react';
import type { Person } from './commentsApi';
import { MentionPicker } from './MentionPicker';

interface ReplyFormProps {
  people: readonly Person[];
  /** The thread is saving something: a second reply waits until it is done. */
  busy: boolean;
  /**
   * Sends the reply. `clear` empties the form and is the sender's to call once the reply is saved, so a reply
   * that fails stays in the field to be sent again.
   */
  onReply: (body: string, mentions: string[], clear: () => void) => Promise<void>;
}

/** "Ditt svar": a reply, with mentions, at the end of an open thread. */
export function ReplyForm({ people, busy, onReply }: ReplyFormProps) {
  const [reply, setReply] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const replyId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = reply.trim();
    if (body === '') return;
    await onReply(body, mentions, () => {
      setReply('');
      setMentions([]);
    });
  };

  return (
    <form onSubmit={submit} className="comment-thread__reply">
      <label htmlFor={replyId}>Ditt svar</label>
      <textarea id={replyId} rows={2} value={reply} onChange={(event) => setReply(event.target.value)} />
      <MentionPicker people={people} selected={mentions} onChange={setMentions} />
      <button type="submit" className="button" disabled={busy}>
        Svara
      </button>
    </form>
  );
}
