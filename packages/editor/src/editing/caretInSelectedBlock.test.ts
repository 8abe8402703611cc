import { Schema } from '@tiptap/pm/model';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { caretInSelectedBlock } from './caretInSelectedBlock';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    box: { group: 'block', content: 'paragraph+' },
    chip: { group: 'block', atom: true },
    paragraph: { group: 'block', content: 'text*' },
    text: {},
  },
});
const p = (text: string) => schema.nodes.paragraph!.create(null, schema.text(text));
// <box><p>a</p><p>bc</p></box><chip/><p>d</p>: a at 2, bc from 5 to 7, the chip at 9, d at 11.
const doc = schema.nodes.doc!.create(null, [
  schema.nodes.box!.create(null, [p('a'), p('bc')]),
  schema.nodes.chip!.create(),
  p('d'),
]);

describe('caretInSelectedBlock', () => {
  it('puts the caret at the start of a selected block’s first text when the selection came from before or inside', () => {
    const selected = NodeSelection.create(doc, 0);
    expect(caretInSelectedBlock(selected, TextSelection.create(doc, 3))?.from).toBe(2);
  });

  it('puts it at the end of the block’s last text when the selection came from after the block', () => {
    const selected = NodeSelection.create(doc, 0);
    expect(caretInSelectedBlock(selected, TextSelection.create(doc, 11))?.from).toBe(7);
  });

  it('leaves a selected atom and text selections alone', () => {
    expect(caretInSelectedBlock(NodeSelection.create(doc, 9), TextSelection.create(doc, 11))).toBeUndefined();
    expect(caretInSelectedBlock(TextSelection.create(doc, 2), TextSelection.create(doc, 11))).toBeUndefined();
  });
});
