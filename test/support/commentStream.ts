export interface CommentStream {
  status: number;
  /** The `threads` payloads received so far, in order. */
  received: { threads: { id: string; comments: { body: string | null }[] }[] }[];
  /** Resolves when the server ends the stream (or it fails). */
  ended: Promise<void>;
  isEnded(): boolean;
  close(): void;
}

/** A real Server-Sent Events reader of `/comments/events`, reading the response body as a browser would. */
export async function openCommentStream(
  baseUrl: string,
  documentId: string,
  headers: Record<string, string>,
): Promise<CommentStream> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/documents/${documentId}/comments/events`, {
    headers,
    signal: controller.signal,
  });
  const received: CommentStream['received'] = [];
  let done = false;
  const ended = (async () => {
    if (!response.body || response.status !== 200) return;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for (;;) {
        const { done: finished, value } = await reader.read();
        if (finished) return;
        buffered += decoder.decode(value, { stream: true });
        let boundary = buffered.indexOf('\n\n');
        while (boundary >= 0) {
          const event = buffered.slice(0, boundary);
          buffered = buffered.slice(boundary + 2);
          const name = /^event: (.*)$/m.exec(event)?.[1];
          const data = [...event.matchAll(/^data: ?(.*)$/gm)].map((match) => match[1]).join('\n');
          if (name === 'threads') received.push(JSON.parse(data));
          boundary = buffered.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted by close(), or the connection dropped: either way the stream has ended.
    }
  })().finally(() => {
    done = true;
  });
  return {
    status: response.status,
    received,
    ended,
    isEnded: () => done,
    close: () => controller.abort(),
  };
}
