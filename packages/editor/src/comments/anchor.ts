import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';

type ProsemirrorMapping = Parameters<typeof absolutePositionToRelativePosition>[2];

/**
 * Where a comment thread is anchored: two Yjs relative positions, each encoded with
 * `Y.encodeRelativePosition` and then as base64. `start` sticks to the first anchored character
 * (assoc 0), `end` to the last one (assoc -1), so text typed at either edge stays outside the range,
 * text typed inside it stays inside, and the range follows every concurrent edit.
 */
export interface CommentAnchor {
  start: string;
  end: string;
}

/** A resolved anchor: absolute positions in the current document, `from < to`. */
export interface AnchorRange {
  from: number;
  to: number;
}

export function encodeRelativePositionBase64(position: Y.RelativePosition): string {
  const bytes = Y.encodeRelativePosition(position);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Null for anything that is not a well-formed encoded relative position. */
export function decodeRelativePositionBase64(encoded: string): Y.RelativePosition | null {
  try {
    const binary = atob(encoded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return Y.decodeRelativePosition(bytes);
  } catch {
    return null;
  }
}

/** A range with nothing in it is detached: the anchored text was deleted. */
function attached(from: number | null, to: number | null): AnchorRange | null {
  if (from === null || to === null || from >= to) return null;
  return { from, to };
}

// ---------------------------------------------------------------------------------------------------------------
// Yjs level (no editor): a Y.Text, or the text of a Y.XmlText.

/** Anchors `length` characters of `ytext` starting at `index`. */
export function relativeAnchorInText(ytext: Y.Text, index: number, length: number): CommentAnchor {
  return {
    start: encodeRelativePositionBase64(Y.createRelativePositionFromTypeIndex(ytext, index, 0)),
    end: encodeRelativePositionBase64(Y.createRelativePositionFromTypeIndex(ytext, index + length, -1)),
  };
}

function indexInText(ytext: Y.Text, encoded: string): number | null {
  const doc = ytext.doc;
  const relative = decodeRelativePositionBase64(encoded);
  if (doc === null || relative === null) return null;
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc);
  if (absolute === null || absolute.type !== ytext) return null;
  return absolute.index;
}

/** The anchored range as indices into `ytext`, or null when detached (or not anchored in this text). */
export function resolveInText(ytext: Y.Text, anchor: CommentAnchor): AnchorRange | null {
  return attached(indexInText(ytext, anchor.start), indexInText(ytext, anchor.end));
}

// ---------------------------------------------------------------------------------------------------------------
// Editor level: an EditorState bound to Yjs by y-tiptap's ySyncPlugin.

interface SyncBinding {
  type: Y.XmlFragment;
  doc: Y.Doc;
  mapping: ProsemirrorMapping;
}

function bindingOf(state: EditorState): SyncBinding | null {
  const sync = ySyncPluginKey.getState(state) as
    | { type?: Y.XmlFragment; doc?: Y.Doc; binding?: { mapping?: ProsemirrorMapping } | null }
    | undefined;
  if (!sync?.type || !sync.binding?.mapping) return null;
  const doc = sync.doc ?? sync.type.doc;
  if (!doc) return null;
  return { type: sync.type, doc, mapping: sync.binding.mapping };
}

/**
 * Anchors the document range `from`–`to` (`from < to`). Null when the state is not bound to Yjs.
 * y-tiptap's positions always lean left (assoc -1): right for the end, which then sticks to the last anchored
 * character; the start is turned round to stick to the first anchored character instead.
 */
export function encodeAnchor(state: EditorState, from: number, to: number): CommentAnchor | null {
  const binding = bindingOf(state);
  if (binding === null || from >= to) return null;
  const leftOfStart = absolutePositionToRelativePosition(from, binding.type, binding.mapping) as Y.RelativePosition;
  const end = absolutePositionToRelativePosition(to, binding.type, binding.mapping) as Y.RelativePosition;
  let start = leftOfStart;
  const absolute = Y.createAbsolutePositionFromRelativePosition(leftOfStart, binding.doc);
  if (absolute !== null && absolute.type instanceof Y.XmlText) {
    start = Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0);
  }
  return { start: encodeRelativePositionBase64(start), end: encodeRelativePositionBase64(end) };
}

/** The anchored range in the editor's current document, or null when detached (or unreadable). */
export function resolveAnchor(state: EditorState, anchor: CommentAnchor): AnchorRange | null {
  const binding = bindingOf(state);
  if (binding === null) return null;
  const resolve = (encoded: string): number | null => {
    const relative = decodeRelativePositionBase64(encoded);
    if (relative === null) return null;
    const position = relativePositionToAbsolutePosition(binding.doc, binding.type, relative, binding.mapping);
    return position === null ? null : Math.min(Math.max(position, 0), state.doc.content.size);
  };
  return attached(resolve(anchor.start), resolve(anchor.end));
}
