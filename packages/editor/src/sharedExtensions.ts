import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/**
 * The one editor extension set. The client mounts it (adding only collaboration plumbing); the server
 * builds its ProseMirror schema from it, so both always agree on what a document may contain.
 */
export function createSharedExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs brings its own undo manager, scoped to the local user's changes.
      undoRedo: false,
      link: { openOnClick: false, autolink: true },
    }),
  ];
}
