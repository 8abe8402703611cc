import { DOMParser, DOMSerializer, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { stockholmDistrictBoardTemplate as template } from '@yttra/domain';
import { seedParagraph } from '@yttra/domain/fixtures';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { contentFromParagraph } from '../content/contentFromParagraph';
import { emptyBlockContent } from '../content/emptyBlockContent';
import { protocolBlockKinds } from '../content/protocolBlockKinds';
import { getEditorSchema } from '../editorSchema';
import { createSharedExtensions } from '../sharedExtensions';
import { protocolNodes } from './protocolNodes';

const schema = getEditorSchema();
const { document } = new Window();

/** Serialises like copying from the editor, and parses like pasting into it. */
const toHTML = (doc: ProseMirrorNode): string => {
  const container = document.createElement('div');
  container.appendChild(
    DOMSerializer.fromSchema(schema).serializeFragment(doc.content, { document: document as never }) as never,
  );
  return container.innerHTML;
};
const fromHTML = (html: string): ProseMirrorNode => {
  const container = document.createElement('div');
  container.innerHTML = html;
  return DOMParser.fromSchema(schema).parse(container as never);
};

describe('protocol nodes', () => {
  it('are all in the shared schema, with StarterKit kept', () => {
    for (const name of Object.keys(protocolNodes)) expect(schema.nodes[name], name).toBeDefined();
    for (const name of ['paragraph', 'heading', 'bulletList', 'orderedList']) expect(schema.nodes[name]).toBeDefined();
  });

  it('are tolerant: every protocol block is a block, and sections take any blocks', () => {
    const blockGroup = (name: string) => schema.nodes[name]!.isInGroup('block');
    for (const name of [
      'protocolHeader',
      'protocolSection',
      'proposal',
      'reservation',
      'statement',
      'attachmentList',
    ]) {
      expect(blockGroup(name), name).toBe(true);
    }
    const nested = schema.nodeFromJSON({
      type: 'doc',
      content: [
        {
          type: 'protocolSection',
          attrs: { sectionId: 'beslut' },
          content: [emptyBlockContent('reservation'), { type: 'protocolSection', content: [{ type: 'paragraph' }] }],
        },
      ],
    });
    expect(() => nested.check()).not.toThrow();
  });

  it('give every attribute a default, so that an element with none still builds (as y-prosemirror builds them)', () => {
    for (const name of Object.keys(protocolNodes)) {
      expect(() => schema.nodes[name]!.create(), name).not.toThrow();
    }
    expect(schema.nodes.protocolHeader!.create().attrs).toEqual({
      templateId: 'stockholm-district-board',
      board: '',
      protocolNumber: '',
      meetingDate: '',
      paragraphNumber: null,
      title: '',
      matterKind: '',
      caseNumber: '',
      replyTo: '',
      chair: '',
      quotationMarks: '',
    });
  });

  it('build a valid empty block of every kind', () => {
    for (const kind of protocolBlockKinds) {
      const statementKind = 'ersattaryttrande';
      expect(() => schema.nodeFromJSON(emptyBlockContent(kind, { statementKind })).check(), kind).not.toThrow();
    }
  });

  it('survive a trip through HTML (copy and paste) with every attribute', () => {
    const doc = schema.nodeFromJSON(contentFromParagraph(seedParagraph, template));
    const html = toHTML(doc);
    expect(fromHTML(html).toJSON()).toEqual(doc.toJSON());
    expect(html).toContain('<section data-section-id="beslut" data-type="protocol-section">');
    expect(html).toContain('data-proposal-id="l-m-mp-c"');
  });

  it('keep votes, counts, roles and statuses through HTML', () => {
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        {
          type: 'decisionProcedure',
          attrs: { winningProposal: 'p1' },
          content: [
            {
              type: 'vote',
              attrs: { yesFor: 'p1', noFor: 'administration', countYes: 7, countNo: 0, countAbstained: null },
              content: [
                {
                  type: 'personList',
                  attrs: { purpose: 'yes' },
                  content: [
                    {
                      type: 'person',
                      attrs: { name: 'Eva Ek', party: 'S', andOthers: true, role: 'tjänstgörande ersättare' },
                    },
                  ],
                },
                { type: 'personList', attrs: { purpose: 'no' } },
                { type: 'personList', attrs: { purpose: 'abstained' } },
              ],
            },
          ],
        },
        {
          type: 'attachmentList',
          content: [
            {
              type: 'attachmentRow',
              attrs: { documentNumber: 'HL 2019/310-2', status: 'Godkänd - R 1' },
              content: [{ type: 'text', text: 'Tjänsteutlåtande' }],
            },
          ],
        },
      ],
    });
    const html = toHTML(doc);
    expect(fromHTML(html).toJSON()).toEqual(doc.toJSON());
    // Atoms read as the protocol writes them.
    expect(html).toContain('>tjänstgörande ersättare Eva Ek m.fl. (S)</span>');
    expect(html).toContain('HL 2019/310-2 (Godkänd - R 1) ');
  });

  it('leave plain lists to StarterKit', () => {
    const doc = fromHTML(
      '<ol><li><p>Ett</p></li></ol><ol data-type="numbered-additions"><li data-type="addition-item"><p>Två</p></li></ol>',
    );
    expect(doc.toJSON().content.map((node: { type: string }) => node.type)).toEqual([
      'orderedList',
      'numberedAdditions',
    ]);
  });

  it('can be replaced by extended versions (the client adds node views so)', () => {
    const extended = protocolNodes.proposal.extend({ draggable: true });
    const extensions = createSharedExtensions({ nodes: { proposal: extended } });
    expect(extensions).toContain(extended);
    expect(extensions).not.toContain(protocolNodes.proposal);
    // StarterKit, CaretPlacement, StructureGuard and the three suggestion marks beside the protocol nodes.
    expect(extensions).toHaveLength(Object.keys(protocolNodes).length + 6);
  });
});
