import type { NodeType, Schema } from '@tiptap/pm/model';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import * as Y from 'yjs';
import { getEditorSchema } from '../editorSchema';
import { canContain } from './canContain';
import { isKnownElementName } from './isKnownElementName';
import { isKnownMarkKey } from './isKnownMarkKey';

/** A run of text as Yjs deltas, with only the schema's marks left on it. */
type Run = Array<{ insert: string; attributes?: Record<string, unknown> }>;

/**
 * Makes a document safe for y-prosemirror, which would otherwise delete content it cannot build (and so lose
 * text for everyone): an element of unknown name is replaced, in place, by paragraphs holding its text (or, inside
 * a textblock, by its text); unknown formatting is removed from text, keeping the text; text standing where only
 * blocks may stand (which makes y-prosemirror throw) is wrapped in a paragraph. Where a paragraph may not stand
 * either (in a person list, say), the text goes after the nearest enclosing block that takes paragraphs.
 *
 * Runs inside the caller's transaction when there is one (so the repair travels in the same update), and creates
 * no origin of its own. Deterministic and idempotent; returns whether anything changed.
 */
export function repairDocument(doc: Y.Doc): boolean {
  const schema = getEditorSchema();
  let changed = false;

  const repairChildren = (parent: Y.XmlFragment | Y.XmlElement, parentType: NodeType): Run[] => {
    const hoisted: Run[] = [];
    const holdsParagraphs = canContain(parentType, schema.nodes.paragraph!);
    let index = 0;
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlElement && isKnownElementName(child.nodeName, schema)) {
        const runs = repairChildren(child, schema.nodes[child.nodeName]!);
        index += 1;
        if (runs.length > 0 && holdsParagraphs) {
          parent.insert(index, runs.map(paragraphElement));
          index += runs.length;
        } else {
          hoisted.push(...runs);
        }
        continue;
      }
      if (child instanceof Y.XmlText && parentType.inlineContent) {
        if (removeUnknownFormatting(child, schema)) changed = true;
        index += 1;
        continue;
      }

      // An unknown element, text where blocks belong, or a type y-prosemirror cannot read at all: keep the text.
      const runs = (
        child instanceof Y.XmlElement
          ? textRuns(child, schema)
          : child instanceof Y.XmlText
            ? [knownRun(child, schema)]
            : []
      ).filter(hasText);
      parent.delete(index, 1);
      changed = true;
      if (parentType.inlineContent) {
        index += insertInline(parent, index, runs);
      } else if (holdsParagraphs) {
        parent.insert(index, runs.map(paragraphElement));
        index += runs.length;
      } else {
        hoisted.push(...runs);
      }
    }
    return hoisted;
  };

  doc.transact(() => {
    // The document node takes paragraphs, so nothing is left over at the top.
    repairChildren(doc.getXmlFragment(CONTENT_FRAGMENT), schema.topNodeType);
  });
  return changed;
}

/** The text of an element: one run per stretch of text between child elements, so paragraphs stay paragraphs. */
function textRuns(element: Y.XmlElement, schema: Schema): Run[] {
  const runs: Run[] = [];
  let current: Run = [];
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      current.push(...knownRun(child, schema));
    } else if (child instanceof Y.XmlElement) {
      runs.push(current, ...textRuns(child, schema));
      current = [];
    }
  }
  runs.push(current);
  return runs;
}

/** The text's deltas with unknown marks (and embedded objects, which are no text) left out. */
function knownRun(text: Y.XmlText, schema: Schema): Run {
  const run: Run = [];
  for (const op of text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
    if (typeof op.insert !== 'string') continue;
    const known = Object.entries(op.attributes ?? {}).filter(([key]) => isKnownMarkKey(key, schema));
    run.push(known.length > 0 ? { insert: op.insert, attributes: Object.fromEntries(known) } : { insert: op.insert });
  }
  return run;
}

function hasText(run: Run): boolean {
  return run.some((op) => op.insert.trim() !== '');
}

function paragraphElement(run: Run): Y.XmlElement {
  const text = new Y.XmlText();
  text.applyDelta(run);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [text]);
  return paragraph;
}

/**
 * Puts runs into a textblock at `index`, joined by spaces: appended to the text before when there is one (one
 * Yjs text per stretch is what y-prosemirror writes itself), else as a new text. Returns how many children it added.
 */
function insertInline(parent: Y.XmlFragment | Y.XmlElement, index: number, runs: Run[]): number {
  if (runs.length === 0) return 0;
  const joined: Run = runs.flatMap((run, runIndex) => (runIndex === 0 ? run : [{ insert: ' ' }, ...run]));
  const before = index > 0 ? parent.get(index - 1) : undefined;
  if (before instanceof Y.XmlText) {
    before.applyDelta([{ retain: before.length }, ...joined]);
    return 0;
  }
  const text = new Y.XmlText();
  text.applyDelta(joined);
  parent.insert(index, [text]);
  return 1;
}

/** Removes formatting that is no mark of the schema, and embedded objects; returns whether it changed anything. */
function removeUnknownFormatting(text: Y.XmlText, schema: Schema): boolean {
  const removals: Array<[index: number, length: number, attributes: Record<string, null>]> = [];
  const embeds: number[] = [];
  let index = 0;
  for (const op of text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    if (typeof op.insert !== 'string') embeds.push(index);
    const unknown = Object.keys(op.attributes ?? {}).filter((key) => !isKnownMarkKey(key, schema));
    if (unknown.length > 0) removals.push([index, length, Object.fromEntries(unknown.map((key) => [key, null]))]);
    index += length;
  }
  for (const [start, length, attributes] of removals) text.format(start, length, attributes);
  // From the end, so that earlier positions stay valid.
  for (const position of embeds.reverse()) text.delete(position, 1);
  return removals.length > 0 || embeds.length > 0;
}
