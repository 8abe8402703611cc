import { documentToText } from '@yttra/editor';
import { CONTENT_FRAGMENT, SYNC_PATH } from '@yttra/protocol';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Plain text of the editor content, one line per block. */
  text(): string;
  /** Appends a paragraph holding `text` to the editor content. */
  appendParagraph(text: string): void;
  /** Sets the protocol header's numbers, as the secretary does in the header's fields. */
  setHeaderNumbers(protocolNumber: string, paragraphNumber: number): void;
  destroy(): void;
}

/** An unmodified y-websocket client, as a browser would use it, minus BroadcastChannel shortcuts. */
export function connectClient(
  baseUrl: string,
  documentId: string,
  token: string,
  options: { connect?: boolean } = {},
): SyncClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}${SYNC_PATH}`, documentId, doc, {
    WebSocketPolyfill: WebSocket as never,
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: 500,
    params: { token },
  });
  return {
    doc,
    provider,
    text: () => documentToText(doc),
    appendParagraph(text: string) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
      fragment.insert(fragment.length, [paragraph]);
    },
    setHeaderNumbers(protocolNumber: string, paragraphNumber: number) {
      const header = doc
        .getXmlFragment(CONTENT_FRAGMENT)
        .toArray()
        .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'protocolHeader');
      if (!header) throw new Error('the document has no protocol header');
      doc.transact(() => {
        header.setAttribute('protocolNumber', protocolNumber);
        // y-prosemirror keeps attribute values as they are; the schema's number attribute is a number.
        header.setAttribute('paragraphNumber', paragraphNumber as unknown as string);
      });
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function waitForSync(client: SyncClient, timeoutMs = 10_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return waitFor(() => client.provider.synced, timeoutMs, 'client to sync');
}

/** Polls until `condition` holds; rejects with a readable message after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** True when every client holds exactly the same Yjs state. */
export function converged(clients: readonly SyncClient[]): boolean {
  const [first, ...rest] = clients;
  if (!first) return true;
  const expected = Y.encodeStateVector(first.doc).toString();
  const expectedText = first.text();
  return rest.every(
    (client) => Y.encodeStateVector(client.doc).toString() === expected && client.text() === expectedText,
  );
}
