import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { resolveAnchor } from '@yttra/editor';
import type { CommentsStore } from './CommentsStore';

export const commentHighlightsKey = new PluginKey<DecorationSet>('commentHighlights');

export interface CommentHighlightsOptions {
  store: CommentsStore | null;
}

/** One inline decoration per open, attached thread (overlaps allowed); the active one gets an extra class. */
export function buildHighlights(state: EditorState, store: CommentsStore): DecorationSet {
  const { threads, activeThreadId } = store.getSnapshot();
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    if (thread.resolvedAt !== null) continue;
    const range = resolveAnchor(state, thread.anchor);
    if (range === null) continue;
    const active = thread.id === activeThreadId;
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: active ? 'comment-highlight comment-highlight--active' : 'comment-highlight',
        'data-thread-id': thread.id,
      }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/** The innermost open thread whose range holds the whole selection. */
function threadAtSelection(state: EditorState, store: CommentsStore): string | null {
  const { from, to } = state.selection;
  let best: { id: string; size: number } | null = null;
  for (const thread of store.getSnapshot().threads) {
    if (thread.resolvedAt !== null) continue;
    const range = resolveAnchor(state, thread.anchor);
    if (range === null || from < range.from || to > range.to) continue;
    const size = range.to - range.from;
    if (best === null || size < best.size) best = { id: thread.id, size };
  }
  return best?.id ?? null;
}

/**
 * Draws the comment highlights, recomputed on every transaction so they follow remote edits, and redrawn
 * whenever the threads change. Moving the selection into a highlight activates its thread.
 */
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',

  addOptions() {
    return { store: null };
  },

  addProseMirrorPlugins() {
    const store = this.options.store;
    if (store === null) return [];
    return [
      new Plugin<DecorationSet>({
        key: commentHighlightsKey,
        state: {
          init: (_, state) => buildHighlights(state, store),
          apply: (_tr, _old, _oldState, newState) => buildHighlights(newState, store),
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state),
        },
        view: (view) => {
          let scheduled = false;
          let last = store.getSnapshot();
          const unsubscribe = store.subscribe(() => {
            const next = store.getSnapshot();
            const changed = next.threads !== last.threads || next.activeThreadId !== last.activeThreadId;
            last = next;
            if (!changed || scheduled) return;
            // Never dispatch from inside another update (the selection handler below may have caused this one).
            scheduled = true;
            queueMicrotask(() => {
              scheduled = false;
              if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(commentHighlightsKey, 'refresh'));
            });
          });
          return {
            update: (current, previous) => {
              if (current.state.doc !== previous.doc) {
                store.textChanged();
                return;
              }
              if (current.state.selection.eq(previous.selection)) return;
              const id = threadAtSelection(current.state, store);
              if (id !== null) store.setActive(id, 'editor');
            },
            destroy: unsubscribe,
          };
        },
      }),
    ];
  },
});
