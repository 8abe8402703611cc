import type { RenderBlock } from '@yttra/domain';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderHtml } from './renderHtml';
import { extractHtmlText } from './testSupport/extractHtmlText';
import { sampleBlocks } from './testSupport/sampleBlocks';

type Node = DefaultTreeAdapterMap['node'];

/** All elements of a parsed document, in document order, as the tests' DOM query. */
function elements(html: string): DefaultTreeAdapterMap['element'][] {
  const found: DefaultTreeAdapterMap['element'][] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if (node.nodeName === 'template' && 'content' in node) visit(node.content);
  };
  visit(parse(html));
  return found;
}

const attribute = (element: DefaultTreeAdapterMap['element'], name: string) =>
  element.attrs.find((attr) => attr.name === name)?.value;

describe('renderHtml', () => {
  const html = renderHtml(sampleBlocks(), { title: '§ 3 Titel på ärendet' });
  const parsed = elements(html);

  it('is a complete Swedish HTML5 document with charset, title and print CSS', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>§ 3 Titel på ärendet</title>');
    expect(html).toMatch(/@page \{ size: A4;/);
    // The running header repeats board, protocol and date on printed pages after the first.
    expect(html).toContain('content: "Nämnden Protokoll nr 1/2024" "\\A " "2024-02-01";');
  });

  it('puts page header, § number, title, matter kind and case number in the article header', () => {
    const header = parsed.find((element) => element.tagName === 'header')!;
    expect(header.parentNode?.nodeName).toBe('article');
    const headerChildren = header.childNodes.filter((node) => 'tagName' in node);
    expect(headerChildren.map((node) => node.nodeName)).toEqual(['div', 'p', 'h1', 'p', 'p']);
    expect(parsed.filter((element) => element.tagName === 'h1')).toHaveLength(1);

    const headerOnly = renderHtml(sampleBlocks().slice(0, 5), { title: 'x' });
    const lines = extractHtmlText(headerOnly)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    // Board and protocol share a line, as compareWithSeed expects of the page header.
    expect(lines).toEqual([
      'Nämnden Protokoll nr 1/2024',
      '2024-02-01',
      '§ 3',
      'Titel på ärendet',
      'Yttrande till kommunstyrelsen',
      'KS 2024/12',
    ]);
  });

  it('opens a section per heading, with unique ids when a section repeats', () => {
    const sections = parsed.filter((element) => element.tagName === 'section');
    expect(sections.map((section) => attribute(section, 'id'))).toEqual([
      'beslut',
      'uttalande',
      'uttalande-2',
      'handlingar',
    ]);
    expect(parsed.filter((element) => element.tagName === 'h2')).toHaveLength(4);
  });

  it('lists consecutive numbered additions in one <ol>, with their numbers as values and as text', () => {
    const lists = parsed.filter((element) => element.tagName === 'ol');
    expect(lists).toHaveLength(1);
    const items = parsed.filter((element) => element.tagName === 'li' && element.parentNode === lists[0]);
    expect(items.map((item) => attribute(item, 'value'))).toEqual(['1', '2']);
    expect(html).toContain('<li value="2"><span class="number">2.</span> Andra tillägget.</li>');
  });

  it('quotes in <blockquote> paragraphs and lists attachments with the status in parentheses', () => {
    expect(html).toContain('<blockquote>\n<p>&quot;Första stycket.</p>\n<p>Sista stycket.&quot;</p>\n</blockquote>');
    expect(html).toContain(
      '<li><span class="document-number">KS 2024/12-2</span> <span class="status">(Godkänd)</span> <span class="attachment-title">Tjänsteutlåtande</span></li>',
    );
    expect(html).toContain('<span class="document-number">KS 2024/12-1</span> <span class="attachment-title">');
  });

  it('escapes markup in every field: title, names, text, quotes, attachments and the page header', () => {
    const evil = `<script>alert("x")</script><img src=x onerror='alert(1)'>&`;
    const blocks: RenderBlock[] = [
      { kind: 'pageHeader', board: evil, protocol: evil, meetingDate: evil },
      { kind: 'paragraphNumber', text: evil },
      { kind: 'title', text: evil },
      { kind: 'heading', sectionId: `x" onclick="alert(1)`, text: evil },
      { kind: 'text', text: evil },
      { kind: 'numberedItem', number: 1, text: evil },
      { kind: 'quote', paragraphs: [evil] },
      { kind: 'attachment', documentNumber: evil, status: evil, title: evil },
    ];
    const output = renderHtml(blocks, { title: `</title>${evil}` });
    const tags = elements(output).map((element) => element.tagName);
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('img');
    expect(elements(output).some((element) => element.attrs.some((attr) => attr.name.startsWith('on')))).toBe(false);
    // The text survives as text: twelve printed fields, each holding the whole string.
    expect(extractHtmlText(output).split(evil)).toHaveLength(13);
    const title = elements(output).find((element) => element.tagName === 'title')!;
    expect(title.childNodes.map((node) => ('value' in node ? node.value : '')).join('')).toBe(`</title>${evil}`);
    // Nothing closes the style element early either.
    expect(output.match(/<\/style>/g)).toHaveLength(1);
  });
});
