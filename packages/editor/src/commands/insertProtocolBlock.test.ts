import { Editor, type JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NodeSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProtocolContent } from '../content/emptyProtocolContent';
import { createSharedExtensions } from '../sharedExtensions';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** A headless editor (no DOM) over `content`, the way the shared extension set runs on a server. */
const open = (content: JSONContent) => {
  editor = new Editor({ extensions: createSharedExtensions(), content });
  return editor;
};
/** Top-level sections as `sectionId: [child types]`, to see where blocks went. */
const layout = (doc: ProseMirrorNode) => {
  const sections: Record<string, string[]> = {};
  doc.forEach((node) => {
    if (node.type.name !== 'protocolSection') return;
    sections[node.attrs.sectionId] = node.content.content.map((child) => child.type.name);
  });
  return sections;
};
/** The position inside the first node matching, e.g. to put the cursor in a section's paragraph. */
const positionIn = (doc: ProseMirrorNode, matches: (node: ProseMirrorNode) => boolean) => {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found === -1 && matches(node)) found = pos + 1;
    return found === -1;
  });
  return found;
};
const section = (sectionId: string, ...content: JSONContent[]): JSONContent => ({
  type: 'protocolSection',
  attrs: { sectionId },
  content,
});
const header: JSONContent = { type: 'protocolHeader', attrs: { templateId: 'stockholm-district-board' } };
const text = (value: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });

describe('insertProtocolBlock', () => {
  it("replaces a section's placeholder paragraph and puts the cursor into the new block", () => {
    const e = open(emptyProtocolContent('Ärende'));
    expect(e.commands.insertProtocolBlock('statement', { statementKind: 'protokollsanteckning' })).toBe(true);
    expect(layout(e.state.doc).protokollsanteckning).toEqual(['statement']);
    const statement = e.state.doc.nodeAt(e.state.selection.$from.before(e.state.selection.$from.depth - 1));
    expect(statement?.attrs.kind).toBe('protokollsanteckning');
    expect(e.state.selection.$from.parent.type.name).toBe('paragraph');
  });

  it('inserts after the block holding the cursor when the cursor is in the section', () => {
    const e = open({
      type: 'doc',
      content: [
        header,
        section('sammanfattning', text('Ett')),
        section('forslagTillBeslut', text('Först'), text('Sist')),
      ],
    });
    e.commands.setTextSelection(positionIn(e.state.doc, (node) => node.textContent === 'Först'));
    e.commands.insertProtocolBlock('proposal');
    expect(layout(e.state.doc).forslagTillBeslut).toEqual(['paragraph', 'proposal', 'paragraph']);
  });

  it("goes to the end of the section's blocks of its kind when the cursor is elsewhere", () => {
    const e = open(emptyProtocolContent('Ärende'));
    const toSummary = () =>
      e.commands.setTextSelection(positionIn(e.state.doc, (node) => node.attrs.sectionId === 'sammanfattning') + 1);
    e.commands.insertProtocolBlock('proposalsClosing');
    toSummary();
    e.commands.insertProtocolBlock('proposal');
    toSummary();
    e.commands.insertProtocolBlock('proposal', { proposalKind: 'administration' });
    // The closing ends the proposals, so later proposals go before it.
    expect(layout(e.state.doc).forslagTillBeslut).toEqual(['proposal', 'proposal', 'proposalsClosing']);
    const kinds: string[] = [];
    e.state.doc.descendants((node) => {
      if (node.type.name === 'proposal') kinds.push(node.attrs.kind);
    });
    expect(kinds).toEqual(['own', 'administration']);
  });

  it('gives each proposal a fresh random id and an empty proposers list', () => {
    const e = open(emptyProtocolContent('Ärende'));
    e.commands.insertProtocolBlock('proposal');
    e.commands.insertProtocolBlock('proposal');
    const proposals: ProseMirrorNode[] = [];
    e.state.doc.descendants((node) => {
      if (node.type.name === 'proposal') proposals.push(node);
    });
    const ids = proposals.map((proposal) => proposal.attrs.proposalId);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(2);
    expect(proposals[0]?.firstChild?.type.name).toBe('personList');
    expect(proposals[0]?.firstChild?.childCount).toBe(0);
  });

  it('creates a missing section in template order', () => {
    const e = open({
      type: 'doc',
      content: [header, section('beslut', text('Beslut')), section('handlingar', text('H'))],
    });
    e.commands.insertProtocolBlock('reservation');
    e.commands.insertProtocolBlock('decisionProcedure');
    const order = e.state.doc.content.content.map((node) => node.attrs.sectionId ?? node.type.name);
    expect(order).toEqual(['protocolHeader', 'beslut', 'beslutsgang', 'reservation', 'handlingar']);
    expect(layout(e.state.doc).beslutsgang).toEqual(['decisionProcedure']);
    // A beslutsgång has no text to write: it is selected.
    expect(e.state.selection).toBeInstanceOf(NodeSelection);
  });

  it('refuses a second beslutsgång, closing, attachment list or decision sentence', () => {
    const e = open(emptyProtocolContent('Ärende'));
    for (const kind of ['decisionProcedure', 'proposalsClosing', 'attachmentList'] as const) {
      expect(e.commands.insertProtocolBlock(kind), kind).toBe(true);
      expect(e.can().insertProtocolBlock(kind), kind).toBe(false);
    }
    // The new document already has its decision sentence.
    expect(e.commands.insertProtocolBlock('decisionSentence')).toBe(false);
    expect(e.commands.insertProtocolBlock('yrkande' as never)).toBe(false);
  });

  it('puts decision sentences and additions into the proposal around the cursor', () => {
    const e = open(emptyProtocolContent('Ärende'));
    e.commands.insertProtocolBlock('proposal');
    expect(e.state.selection.$from.node(-1).type.name).toBe('proposal');
    expect(e.commands.insertProtocolBlock('decisionSentence')).toBe(true);
    // The new sentence is selected, so the cursor is still in the proposal.
    expect(e.commands.insertProtocolBlock('numberedAdditions')).toBe(true);
    const proposal = e.state.doc.nodeAt(positionIn(e.state.doc, (node) => node.type.name === 'proposal') - 1)!;
    expect(proposal.content.content.map((child) => child.type.name)).toEqual([
      'personList',
      'decisionSentence',
      'paragraph',
      'numberedAdditions',
    ]);
    expect(e.can().insertProtocolBlock('decisionSentence')).toBe(false);
    // The decision section is untouched.
    expect(layout(e.state.doc).beslut).toEqual(['decisionSentence', 'paragraph']);
  });

  it('puts a vote into the beslutsgång, creating one when there is none, and only once', () => {
    const e = open(emptyProtocolContent('Ärende'));
    expect(e.commands.insertProtocolBlock('vote')).toBe(true);
    expect(layout(e.state.doc).beslutsgang).toEqual(['decisionProcedure']);
    const procedure = e.state.doc.nodeAt(positionIn(e.state.doc, (node) => node.type.name === 'decisionProcedure') - 1);
    expect(procedure?.firstChild?.type.name).toBe('vote');
    expect(procedure?.firstChild?.content.content.map((list) => list.attrs.purpose)).toEqual([
      'yes',
      'no',
      'abstained',
    ]);
    expect(e.can().insertProtocolBlock('vote')).toBe(false);
  });

  it('follows the template named in the header, and changes nothing when only asked whether it can', () => {
    const e = open(emptyProtocolContent('Ärende'));
    const before = e.state.doc.toJSON();
    expect(e.can().insertProtocolBlock('attachmentList')).toBe(true);
    expect(e.state.doc.toJSON()).toEqual(before);
    e.commands.insertProtocolBlock('attachmentList');
    expect(layout(e.state.doc).handlingar).toEqual(['attachmentList']);
  });
});
