import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor, type JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraphFromContent } from '../mapping/paragraphFromContent';
import { createSharedExtensions } from '../sharedExtensions';
import { registerTemplates } from '../templates/registerTemplates';

/**
 * Procedure blocks inserted under a template that prints the secretary's order (Göteborg's): each goes right after
 * the block at the cursor, in a section run of its own kind, so that a second round of propositions and votes is
 * built after the first.
 */
registerTemplates({
  'goteborg-kommunstyrelsen': JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../../templates/goteborg-kommunstyrelsen.json'), 'utf8'),
  ),
});

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const open = (content: JSONContent) => {
  editor = new Editor({ extensions: createSharedExtensions(), content });
  return editor;
};
const runs = (doc: ProseMirrorNode) => {
  const result: string[] = [];
  doc.forEach((node) => {
    if (node.type.name !== 'protocolSection') return;
    const children = node.content.content.map((child) =>
      child.type.name === 'procedureBlock' ? JSON.parse(child.attrs.block).type : child.type.name,
    );
    result.push(`${node.attrs.sectionId}: ${children.join(', ')}`);
  });
  return result;
};
const document: JSONContent = {
  type: 'doc',
  content: [
    { type: 'protocolHeader', attrs: { templateId: 'goteborg-kommunstyrelsen' } },
    {
      type: 'protocolSection',
      attrs: { sectionId: 'beslut' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Beslutet.' }] }],
    },
  ],
};

describe('inserting procedure blocks in the secretary’s order', () => {
  it('builds two rounds of propositions and votes, each under its own heading', () => {
    const e = open(document);
    e.commands.setTextSelection(3);
    const insert = (procedure: 'writtenProposal' | 'motion' | 'propositions' | 'voteRound' | 'extractRecipients') =>
      expect(e.commands.insertProtocolBlock('procedureBlock', { procedure })).toBe(true);
    insert('writtenProposal');
    insert('motion');
    insert('motion');
    insert('propositions');
    insert('voteRound');
    insert('propositions');
    insert('voteRound');
    insert('extractRecipients');
    expect(runs(e.state.doc)).toEqual([
      'beslut: paragraph, writtenProposal',
      'yrkanden: motion, motion',
      'propositionsordning: propositions',
      'omrostning: voteRound',
      'propositionsordning: propositions',
      'omrostning: voteRound',
      'protokollsutdrag: extractRecipients',
    ]);
  });

  it('splits a section when the block goes between two of its blocks', () => {
    const e = open(document);
    e.commands.setTextSelection(3);
    e.commands.insertProtocolBlock('procedureBlock', { procedure: 'motion' });
    e.commands.insertProtocolBlock('procedureBlock', { procedure: 'motion' });
    // Select the first motion, then insert a vote after it.
    let first = -1;
    e.state.doc.descendants((node, pos) => {
      if (first === -1 && node.type.name === 'procedureBlock') first = pos;
    });
    e.commands.setNodeSelection(first);
    e.commands.insertProtocolBlock('procedureBlock', { procedure: 'voteRound', main: true });
    expect(runs(e.state.doc)).toEqual([
      'beslut: paragraph',
      'yrkanden: motion',
      'huvudvotering: voteRound',
      'yrkanden: motion',
    ]);
  });

  it('gives written proposals and motions ids of their own, which other blocks can mention', () => {
    const e = open(document);
    e.commands.setTextSelection(3);
    e.commands.insertProtocolBlock('procedureBlock', { procedure: 'writtenProposal' });
    e.commands.insertProtocolBlock('procedureBlock', { procedure: 'motion' });
    const ids: string[] = [];
    e.state.doc.descendants((node) => {
      if (node.type.name === 'procedureBlock') ids.push(JSON.parse(node.attrs.block).id);
    });
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => id.length > 0)).toBe(true);
  });
});

describe('procedure blocks under a template without a place for them', () => {
  it('are refused, so that the menus do not offer them', () => {
    const e = open({
      type: 'doc',
      content: [
        { type: 'protocolHeader', attrs: { templateId: 'stockholm-district-board' } },
        { type: 'protocolSection', attrs: { sectionId: 'beslut' }, content: [{ type: 'paragraph' }] },
      ],
    });
    e.commands.setTextSelection(3);
    for (const procedure of ['writtenProposal', 'motion', 'voteRound', 'extractRecipients'] as const) {
      expect(e.can().insertProtocolBlock('procedureBlock', { procedure })).toBe(false);
    }
  });
});

describe('a procedure block still being filled in', () => {
  it('is left out of the paragraph with a problem that says what is missing', () => {
    const e = open(document);
    e.commands.setTextSelection(3);
    e.commands.insertProtocolBlock('procedureBlock', { procedure: 'extractRecipients' });
    const { paragraph, problems } = paragraphFromContent(e.getJSON());
    expect(paragraph.blocks.map((block) => block.type)).toEqual(['decision']);
    expect(problems).toContain('Ett block är inte färdigt ifyllt och skrivs inte ut: Mottagaren är tom.');
  });
});

describe('removing a procedure block', () => {
  it('takes it out as one step, like the other inserted blocks', () => {
    const e = open(document);
    e.commands.setTextSelection(3);
    e.commands.insertProtocolBlock('procedureBlock', { procedure: 'motion' });
    const pos = e.state.selection.from;
    expect(e.state.doc.nodeAt(pos)?.type.name).toBe('procedureBlock');
    expect(e.commands.removeBlock(pos)).toBe(true);
    let left = 0;
    e.state.doc.descendants((node) => {
      if (node.type.name === 'procedureBlock') left++;
    });
    expect(left).toBe(0);
  });
});
