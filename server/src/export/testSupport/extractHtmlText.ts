import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** Elements that start a new line, as a browser's `innerText` would; everything else flows inline. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'dd',
  'dt',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'table',
  'tr',
  'td',
  'th',
  'ul',
]);
const SKIPPED_ELEMENTS = new Set(['head', 'script', 'style', 'template']);

/**
 * Test support: the visible text of an HTML document's body, parsed by a WHATWG-conformant parser (so escaping is
 * judged as a browser would), with block elements on lines of their own, for `compareWithSeed`.
 */
export function extractHtmlText(html: string): string {
  let text = '';
  const visit = (node: Node): void => {
    if (node.nodeName === '#text' && 'value' in node) {
      text += node.value;
      return;
    }
    if (!('childNodes' in node)) return;
    if (SKIPPED_ELEMENTS.has(node.nodeName)) return;
    const isBlock = BLOCK_ELEMENTS.has(node.nodeName);
    if (isBlock) text += '\n';
    for (const child of node.childNodes) visit(child);
    if (isBlock) text += '\n';
  };
  visit(parse(html));
  return text;
}
