import type { RenderBlock } from '@yttra/domain';
import { escapeHtml } from './escapeHtml';
import { type ExportOptions, languageTags } from './exportOptions';
import { findBlock } from './findBlock';
import { htmlStylesheet } from './htmlStylesheet';

type Block<K extends RenderBlock['kind']> = Extract<RenderBlock, { kind: K }>;

type HeaderBlock = Block<'pageHeader' | 'paragraphNumber' | 'title' | 'matterKind' | 'caseNumber'>;

/** The blocks that open the paragraph and belong in the article's `<header>`. */
const HEADER_KINDS = new Set<RenderBlock['kind']>([
  'pageHeader',
  'paragraphNumber',
  'title',
  'matterKind',
  'caseNumber',
]);

function isHeaderBlock(block: RenderBlock): block is HeaderBlock {
  return HEADER_KINDS.has(block.kind);
}

/**
 * The HTML export: a complete, self-contained, print-ready HTML5 document. The paragraph is one `<article>`: its
 * `<header>` holds the page header, § number, title, matter kind and case number; each heading opens a `<section>`.
 * Every piece of text goes through `escapeHtml`, since names, titles and authored text are user input.
 */
export function renderHtml(blocks: readonly RenderBlock[], options: ExportOptions): string {
  const lang = languageTags[options.lang ?? 'sv'].html;
  const headerEnd = blocks.findIndex((block) => !isHeaderBlock(block));
  const bodyBlocks = headerEnd === -1 ? [] : blocks.slice(headerEnd);
  const headerBlocks = (headerEnd === -1 ? blocks : blocks.slice(0, headerEnd)).filter(isHeaderBlock);

  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${htmlStylesheet(findBlock(blocks, 'pageHeader'))}</style>`,
    '</head>',
    '<body>',
    // The main landmark: screen readers can jump to the paragraph, and every line of it belongs to one.
    '<main>',
    '<article class="protocol-paragraph">',
    ...renderHeader(headerBlocks),
    ...renderSections(bodyBlocks),
    '</article>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderHeader(blocks: readonly HeaderBlock[]): string[] {
  if (blocks.length === 0) return [];
  return ['<header>', ...blocks.map(renderHeaderBlock), '</header>'];
}

function renderHeaderBlock(block: HeaderBlock): string {
  switch (block.kind) {
    case 'pageHeader':
      // Board and protocol share one line and the date stands below, as on the printed protocol's pages.
      return [
        '<div class="page-header">',
        `<p><span class="board">${escapeHtml(block.board)}</span> <span class="protocol">${escapeHtml(block.protocol)}</span></p>`,
        `<p><time datetime="${escapeHtml(block.meetingDate)}">${escapeHtml(block.meetingDate)}</time></p>`,
        '</div>',
      ].join('\n');
    case 'paragraphNumber':
      return `<p class="paragraph-number">${escapeHtml(block.text)}</p>`;
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'matterKind':
      return `<p class="matter-kind">${escapeHtml(block.text)}</p>`;
    case 'caseNumber':
      return `<p class="case-number">${escapeHtml(block.text)}</p>`;
  }
}

/** Each heading opens a `<section>` up to the next heading; blocks before any heading stand in the article. */
function renderSections(blocks: readonly RenderBlock[]): string[] {
  const lines: string[] = [];
  const usedIds = new Map<string, number>();
  let inSection = false;
  for (const run of groupRuns(blocks)) {
    const first = run[0]!;
    if (first.kind === 'heading') {
      if (inSection) lines.push('</section>');
      lines.push(`<section id="${escapeHtml(uniqueId(first.sectionId, usedIds))}">`);
      inSection = true;
    }
    lines.push(renderBodyRun(run));
  }
  if (inSection) lines.push('</section>');
  return lines;
}

/** A template may repeat a section (one "Särskilt uttalande" per statement); ids must stay unique. */
function uniqueId(sectionId: string, usedIds: Map<string, number>): string {
  const base = sectionId.replace(/[^\w-]/g, '-') || 'section';
  const count = (usedIds.get(base) ?? 0) + 1;
  usedIds.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}

/** Consecutive numbered items form one list, and so do consecutive attachments; every other block stands alone. */
function groupRuns(blocks: readonly RenderBlock[]): RenderBlock[][] {
  const runs: RenderBlock[][] = [];
  for (const block of blocks) {
    const current = runs.at(-1);
    const groups = block.kind === 'numberedItem' || block.kind === 'attachment';
    if (current !== undefined && groups && current[0]!.kind === block.kind) current.push(block);
    else runs.push([block]);
  }
  return runs;
}

function renderBodyRun(run: readonly RenderBlock[]): string {
  const first = run[0]!;
  switch (first.kind) {
    case 'numberedItem':
      return ['<ol class="additions">', ...(run as Block<'numberedItem'>[]).map(renderNumberedItem), '</ol>'].join(
        '\n',
      );
    case 'attachment':
      return ['<ul class="attachments">', ...(run as Block<'attachment'>[]).map(renderAttachment), '</ul>'].join('\n');
    case 'heading':
      return `<h2>${escapeHtml(first.text)}</h2>`;
    case 'quote':
      return [
        '<blockquote>',
        ...first.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
        '</blockquote>',
      ].join('\n');
    case 'pageHeader':
    case 'paragraphNumber':
    case 'title':
    case 'matterKind':
    case 'caseNumber':
      // Header fields after the header (not produced by renderParagraph) are still printed, never dropped.
      return renderHeaderBlock(first);
    case 'text':
      return `<p>${escapeHtml(first.text)}</p>`;
  }
}

/**
 * The number is printed text, not a CSS marker: protocols refer to additions by number ("tillägg 2"), so it must
 * survive copying and text extraction. `value` keeps the list's semantics for assistive technology.
 */
function renderNumberedItem(item: Block<'numberedItem'>): string {
  return `<li value="${item.number}"><span class="number">${item.number}.</span> ${escapeHtml(item.text)}</li>`;
}

function renderAttachment(row: Block<'attachment'>): string {
  const status = row.status === undefined ? '' : ` <span class="status">(${escapeHtml(row.status)})</span>`;
  return `<li><span class="document-number">${escapeHtml(row.documentNumber)}</span>${status} <span class="attachment-title">${escapeHtml(row.title)}</span></li>`;
}
