import type { JSONContent } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { emptyBlockContent } from '../content/emptyBlockContent';
import { getEditorSchema } from '../editorSchema';
import { canContain } from '../repair/canContain';
import type { DraftShape } from './documentShape';
import { reachableNodeNames } from './reachableNodeNames';

export interface NormalizedDraft {
  content: JSONContent;
  /** Whether `content` differs from what was given (a stored draft needs rewriting). */
  changed: boolean;
}

const hasText = (node: JSONContent): boolean => (node.text ?? '').trim() !== '' || (node.content ?? []).some(hasText);

/**
 * A draft's document in its shape: exactly one block of the shape. Drafts of older versions (the block under a
 * protocol header, in a template section) and content that arrived where a party does not write (a header, a
 * beslutsgång, text below the block) are folded in: the first block of the shape is kept, and the text of everything
 * else is kept as paragraphs of that block, so that no word is lost and nothing stands where the editor does not
 * show it. Content already in shape comes back unchanged (the same objects), so the result can be compared.
 */
export function normalizeDraftContent(document: JSONContent, shape: DraftShape): NormalizedDraft {
  const schema = getEditorSchema(shape);
  const allowed = reachableNodeNames(schema);
  let block: JSONContent | undefined;
  const outside: JSONContent[] = [];

  const find = (node: JSONContent) => {
    if (!block && node.type === shape) {
      block = node;
      return;
    }
    if (node.type === 'protocolHeader') return;
    if (isProse(node, schema)) {
      if (hasText(node)) outside.push(asParagraph(node));
      return;
    }
    const own = ownText(node);
    if (own) outside.push(own);
    for (const child of node.content ?? []) find(child);
  };
  const top = document.content ?? [];
  const inShape = top.length === 1 && top[0]?.type === shape;
  for (const node of top) find(node);

  const cleaned = cleanBlock(block ?? emptyDraftBlock(shape), shape, schema, allowed);
  const node =
    outside.length === 0 ? cleaned.node : { ...cleaned.node, content: [...(cleaned.node.content ?? []), ...outside] };
  const changed = !inShape || cleaned.changed || outside.length > 0;
  if (!changed) return { content: document, changed: false };
  const content: JSONContent = { type: 'doc', content: [node] };
  try {
    schema.nodeFromJSON(content).check();
    return { content, changed: true };
  } catch {
    // Whatever arrangement made it invalid, a block of its people and its text is always valid.
    return { content: { type: 'doc', content: [flatBlock(node, shape)] }, changed: true };
  }
}

function emptyDraftBlock(shape: DraftShape): JSONContent {
  const block = emptyBlockContent(shape);
  return shape === 'reservation' ? { ...block, content: [...(block.content ?? []), { type: 'paragraph' }] } : block;
}

/** Paragraph-like: a node holding text directly (a paragraph, heading, code block, attachment row). */
function isProse(node: JSONContent, schema: Schema): boolean {
  return node.type !== undefined && schema.nodes[node.type]?.inlineContent === true;
}

function asParagraph(node: JSONContent): JSONContent {
  if (node.type === 'paragraph') return node;
  // Formatting is kept only where the schema allows it on paragraphs; attachment rows carry none.
  return { type: 'paragraph', content: (node.content ?? []).filter((child) => child.type === 'text') };
}

/** Text a node keeps in an attribute (a free-text decision sentence), as a paragraph. */
function ownText(node: JSONContent): JSONContent | undefined {
  if (node.type !== 'decisionSentence' || node.attrs?.kind !== 'freeText') return undefined;
  const text = typeof node.attrs.text === 'string' ? node.attrs.text : '';
  return text.trim() === '' ? undefined : { type: 'paragraph', content: [{ type: 'text', text }] };
}

/** All text under a node as paragraphs, in order. */
function proseOf(node: JSONContent, schema: Schema): JSONContent[] {
  if (isProse(node, schema)) return hasText(node) ? [asParagraph(node)] : [];
  const own = ownText(node);
  return [...(own ? [own] : []), ...(node.content ?? []).flatMap((child) => proseOf(child, schema))];
}

/**
 * The block with every child that may not stand in the shape replaced by its text, recursively, where paragraphs
 * may stand; elsewhere the text moves up to the block.
 */
function cleanBlock(
  block: JSONContent,
  shape: DraftShape,
  schema: Schema,
  allowed: ReadonlySet<string>,
): { node: JSONContent; changed: boolean } {
  let changed = false;
  const lifted: JSONContent[] = [];
  const clean = (node: JSONContent): JSONContent => {
    if (!node.content || isProse(node, schema)) return node;
    const type = node.type ? schema.nodes[node.type] : undefined;
    const takesParagraphs = type !== undefined && canContain(type, schema.nodes.paragraph!);
    const children: JSONContent[] = [];
    let own = false;
    for (const child of node.content) {
      if (child.type === 'text' || (child.type && allowed.has(child.type) && child.type !== shape)) {
        const next = clean(child);
        if (next !== child) own = true;
        children.push(next);
        continue;
      }
      own = true;
      const prose = proseOf(child, schema);
      if (takesParagraphs) children.push(...prose);
      else lifted.push(...prose);
    }
    if (!own) return node;
    changed = true;
    return { ...node, content: children };
  };
  let node = clean(block);
  // A block's people come first: a block that lost its list (an old client, a hostile one) gets an empty one.
  const first = node.content?.[0];
  if (first?.type !== 'personList') {
    node = { ...node, content: [emptyBlockContent(shape).content![0]!, ...(node.content ?? [])] };
    changed = true;
  }
  if (lifted.length > 0) node = { ...node, content: [...(node.content ?? []), ...lifted] };
  return { node, changed: changed || lifted.length > 0 };
}

/** The block's first person list and every word under it as paragraphs: valid in every shape. */
function flatBlock(block: JSONContent, shape: DraftShape): JSONContent {
  const schema = getEditorSchema(shape);
  const list =
    (block.content ?? []).find((child) => child.type === 'personList') ?? emptyBlockContent(shape).content![0]!;
  const people = { ...list, content: (list.content ?? []).filter((child) => child.type === 'person') };
  const prose = (block.content ?? []).filter((child) => child !== list).flatMap((child) => proseOf(child, schema));
  return {
    type: shape,
    attrs: block.attrs,
    content: [people, ...(prose.length > 0 ? prose : [{ type: 'paragraph' }])],
  };
}
