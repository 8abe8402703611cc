import type { Command } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NodeSelection, type Transaction } from '@tiptap/pm/state';
import type { ContentKind } from '@yttra/domain';
import { type EmptyBlockOptions, emptyBlockContent } from '../content/emptyBlockContent';
import { type ProtocolBlockKind, protocolBlockKinds } from '../content/protocolBlockKinds';
import { reachableNodeNames } from '../shapes/reachableNodeNames';
import { templateOfDocument } from '../templates/templateOfDocument';
import { findAncestorDepth } from './findAncestorDepth';
import { nodeContentKind } from './nodeContentKind';
import { selectInsertedNode } from './selectInsertedNode';

export type InsertProtocolBlockOptions = EmptyBlockOptions;

/** Where an insertion goes: replace [from, to) (to === from: a plain insert) and select what lands at `from`. */
interface Placement {
  from: number;
  to: number;
  node: ProseMirrorNode;
  /** Split the section at `from` first and insert between its halves (a new run in the secretary's order). */
  split?: boolean;
}

/** Blocks a paragraph holds once: a second one would be printed twice. */
const SINGLE_BLOCKS = new Set(['proposalsClosing', 'decisionProcedure', 'attachmentList']);

/** See the command's documentation in ProtocolSection.ts. */
export function insertProtocolBlock(kind: ProtocolBlockKind, options: InsertProtocolBlockOptions = {}): Command {
  return ({ tr, dispatch }) => {
    // The kind may come from UI data at run time; an unknown one is refused rather than thrown on.
    if (!protocolBlockKinds.includes(kind)) return false;
    const block = tr.doc.type.schema.nodeFromJSON(emptyBlockContent(kind, options));
    const placement = placeBlock(tr, kind, block);
    // A draft's schema knows the paragraph's blocks (so that none is ever deleted as unknown) but has no place for them.
    if (!placement || !reachableNodeNames(tr.doc.type.schema).has(placement.node.type.name)) return false;
    if (dispatch) {
      let from = placement.from;
      if (placement.split) {
        tr.split(from);
        from += 1;
      }
      tr.replaceWith(from, placement.split ? from : placement.to, placement.node);
      // A new section wraps the block: select inside the block, not the section.
      const isNewSection = placement.node !== block;
      selectInsertedNode(tr, isNewSection ? from + 1 : from);
    }
    return true;
  };
}

function placeBlock(tr: Transaction, kind: ProtocolBlockKind, block: ProseMirrorNode): Placement | undefined {
  const { doc, selection } = tr;
  const { $from } = selection;

  if (kind === 'decisionSentence' || kind === 'numberedAdditions') {
    const proposalDepth = findAncestorDepth($from, (node) => node.type.name === 'proposal');
    if (proposalDepth !== undefined) {
      const proposal = $from.node(proposalDepth);
      const start = $from.start(proposalDepth);
      if (kind === 'decisionSentence') {
        if (hasChild(proposal, 'decisionSentence')) return undefined;
        // The sentence opens the proposal's text, right after the proposers.
        const pos = proposal.firstChild?.type.name === 'personList' ? start + proposal.firstChild.nodeSize : start;
        return { from: pos, to: pos, node: block };
      }
      const pos = proposalDepth < $from.depth ? $from.after(proposalDepth + 1) : $from.end(proposalDepth);
      return { from: pos, to: pos, node: block };
    }
  }

  if (kind === 'vote') {
    const procedure = findProcedure(tr);
    if (procedure) {
      if (procedure.node.childCount > 0) return undefined;
      return { from: procedure.pos + 1, to: procedure.pos + 1, node: block };
    }
    // No beslutsgång yet: insert one holding the vote.
    const procedureType = doc.type.schema.nodes.decisionProcedure!;
    return placeInSection(tr, 'decisionProcedure', procedureType.create(null, block), false);
  }

  if (SINGLE_BLOCKS.has(kind) && hasDescendant(doc, kind)) return undefined;
  const contentKind = nodeContentKind(block);
  if (!contentKind) {
    // Only version-2 templates have sentences that mention a written proposal.
    const mentionable = kind === 'procedureBlock' && templateOfDocument(doc).version === 2;
    return mentionable ? placeMentionedOnly(tr, block) : undefined;
  }
  return placeInSection(tr, contentKind, block, kind === 'decisionSentence');
}

/**
 * Places a block in the section holding its content kind: at the cursor when the cursor is in that section, else
 * at the end of the section's blocks of that kind (before blocks of kinds the section lists later), else in a new
 * section inserted in template order. A section's lone empty paragraph is a placeholder, and is replaced.
 */
function placeInSection(
  tr: Transaction,
  contentKind: ContentKind,
  block: ProseMirrorNode,
  atStart: boolean,
): Placement | undefined {
  const { doc } = tr;
  const { $from } = tr.selection;
  const template = templateOfDocument(doc);
  const sectionIndex = template.sections.findIndex((section) => section.contents.includes(contentKind));
  const section = template.sections[sectionIndex];
  if (!section) return undefined;
  if (template.layout === 'documentOrder' && !atStart) {
    const placed = placeInDocumentOrder(tr, section.id, block);
    if (placed) return placed;
  }
  const isTarget = (node: ProseMirrorNode) =>
    node.type.name === 'protocolSection' && node.attrs.sectionId === section.id;

  let sectionPos: number | undefined;
  const sectionDepth = findAncestorDepth($from, isTarget);
  if (sectionDepth !== undefined) {
    sectionPos = $from.before(sectionDepth);
  } else {
    doc.forEach((child, offset) => {
      if (sectionPos === undefined && isTarget(child)) sectionPos = offset;
    });
  }

  if (sectionPos === undefined) {
    // Missing section: after the header and every section the template puts before it.
    let pos = 0;
    doc.forEach((child, offset) => {
      const index = template.sections.findIndex((candidate) => candidate.id === child.attrs.sectionId);
      const comesBefore = child.type.name === 'protocolSection' && index !== -1 && index < sectionIndex;
      if (child.type.name === 'protocolHeader' || comesBefore) pos = offset + child.nodeSize;
    });
    const sectionNode = doc.type.schema.nodes.protocolSection!.create({ sectionId: section.id }, block);
    return { from: pos, to: pos, node: sectionNode };
  }

  const sectionNode = doc.nodeAt(sectionPos)!;
  const start = sectionPos + 1;
  const onlyChild = sectionNode.childCount === 1 ? sectionNode.firstChild : null;
  if (onlyChild && isEmptyParagraph(onlyChild)) return { from: start, to: start + onlyChild.nodeSize, node: block };
  if (atStart) {
    // A decision sentence opens its section, once.
    return hasChild(sectionNode, block.type.name) ? undefined : { from: start, to: start, node: block };
  }

  if (sectionDepth !== undefined && sectionDepth === $from.depth && tr.selection instanceof NodeSelection) {
    return { from: tr.selection.to, to: tr.selection.to, node: block };
  }
  if (sectionDepth !== undefined && sectionDepth < $from.depth) {
    const childDepth = sectionDepth + 1;
    const child = $from.node(childDepth);
    if (isEmptyParagraph(child)) return { from: $from.before(childDepth), to: $from.after(childDepth), node: block };
    return { from: $from.after(childDepth), to: $from.after(childDepth), node: block };
  }

  const rank = (kind: ContentKind | undefined) => (kind === undefined ? -1 : section.contents.indexOf(kind));
  const ownRank = rank(contentKind);
  let pos = start + sectionNode.content.size;
  let found = false;
  sectionNode.forEach((child, offset) => {
    if (!found && rank(nodeContentKind(child)) > ownRank) {
      pos = start + offset;
      found = true;
    }
  });
  return { from: pos, to: pos, node: block };
}

/**
 * Under a template that prints blocks in the secretary's order, a block goes right after the block at the cursor,
 * so that a second round (Propositionsordning, Omröstning, Propositionsordning …) is built where it is read: in the
 * cursor's section when that section holds its kind, else at the start of the next section when that one does, else
 * in a section of its own right there (splitting the cursor's section when the cursor is inside it).
 */
function placeInDocumentOrder(tr: Transaction, sectionId: string, block: ProseMirrorNode): Placement | undefined {
  const { $from } = tr.selection;
  if ($from.depth < 1 || $from.node(1).type.name !== 'protocolSection') return undefined;
  const section = $from.node(1);
  const sectionPos = $from.before(1);
  const sectionEnd = sectionPos + section.nodeSize;
  const childEnd =
    $from.depth >= 2 ? $from.after(2) : tr.selection instanceof NodeSelection ? tr.selection.to : sectionEnd - 1;
  if (section.attrs.sectionId === sectionId) {
    const child = $from.depth >= 2 ? $from.node(2) : undefined;
    if (child && isEmptyParagraph(child)) return { from: $from.before(2), to: childEnd, node: block };
    return { from: childEnd, to: childEnd, node: block };
  }
  const wrapped = tr.doc.type.schema.nodes.protocolSection!.create({ sectionId }, block);
  if (childEnd < sectionEnd - 1) return { from: childEnd, to: childEnd, node: wrapped, split: true };
  const next = tr.doc.nodeAt(sectionEnd);
  if (next?.type.name === 'protocolSection' && next.attrs.sectionId === sectionId) {
    return { from: sectionEnd + 1, to: sectionEnd + 1, node: block };
  }
  return { from: sectionEnd, to: sectionEnd, node: wrapped };
}

/**
 * A block only sentences mention (a written proposal) has no section of its own: it goes after the block at the
 * cursor, or first in the first section.
 */
function placeMentionedOnly(tr: Transaction, block: ProseMirrorNode): Placement | undefined {
  const { $from } = tr.selection;
  if ($from.depth >= 1 && $from.node(1).type.name === 'protocolSection') {
    const pos =
      $from.depth >= 2 ? $from.after(2) : tr.selection instanceof NodeSelection ? tr.selection.to : $from.end(1);
    return { from: pos, to: pos, node: block };
  }
  let first: number | undefined;
  tr.doc.forEach((child, offset) => {
    if (first === undefined && child.type.name === 'protocolSection') first = offset + 1;
  });
  return first === undefined ? undefined : { from: first, to: first, node: block };
}

/** The beslutsgång around the cursor, else the document's first. */
function findProcedure(tr: Transaction): { node: ProseMirrorNode; pos: number } | undefined {
  const { $from } = tr.selection;
  const depth = findAncestorDepth($from, (node) => node.type.name === 'decisionProcedure');
  if (depth !== undefined) return { node: $from.node(depth), pos: $from.before(depth) };
  let found: { node: ProseMirrorNode; pos: number } | undefined;
  tr.doc.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name === 'decisionProcedure') found = { node, pos };
    return !found;
  });
  return found;
}

function hasChild(node: ProseMirrorNode, typeName: string): boolean {
  let found = false;
  node.forEach((child) => {
    if (child.type.name === typeName) found = true;
  });
  return found;
}

function hasDescendant(doc: ProseMirrorNode, typeName: string): boolean {
  let found = false;
  doc.descendants((node) => {
    if (node.type.name === typeName) found = true;
    return !found;
  });
  return found;
}

function isEmptyParagraph(node: ProseMirrorNode): boolean {
  return node.type.name === 'paragraph' && node.content.size === 0;
}
