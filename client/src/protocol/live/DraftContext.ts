import { Extension } from '@tiptap/core';

export interface DraftContextStorage {
  /** The matter's header a draft is phrased with (a draft holds none of its own); undefined in a paragraph. */
  header: Record<string, unknown> | undefined;
}

/** Carries a draft's header (from the document's draft context map, written by the server) to the node views. */
export const DraftContext = Extension.create<{ header: Record<string, unknown> | undefined }, DraftContextStorage>({
  name: 'draftContext',
  addOptions() {
    return { header: undefined };
  },
  addStorage() {
    return { header: this.options.header };
  },
});
