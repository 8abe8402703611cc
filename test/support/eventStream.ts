/** A Server-Sent Events stream read with fetch, its events collected as they arrive (pings left out). */
export interface EventStream {
  events: { event: string; data: string }[];
  /** True once the server ended the stream (or it was closed). */
  isEnded(): boolean;
  close(): void;
}

export async function openEventStream(url: string, headers: Record<string, string>): Promise<EventStream> {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  if (response.status !== 200 || !response.body) throw new Error(`event stream: ${response.status}`);
  let ended = false;
  const stream: EventStream = { events: [], isEnded: () => ended, close: () => abort.abort() };
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) =>
            block
              .split('\n')
              .filter((line) => line.startsWith(`${name}:`))
              .map((line) => line.slice(name.length + 1).trimStart())
              .join('\n');
          if (field('event') !== 'ping') stream.events.push({ event: field('event'), data: field('data') });
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted by close().
    }
    ended = true;
  })();
  return stream;
}
