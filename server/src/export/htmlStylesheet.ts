import type { RenderBlock } from '@yttra/domain';
import { escapeCssString } from './escapeCssString';

type PageHeader = Extract<RenderBlock, { kind: 'pageHeader' }>;

/**
 * The embedded stylesheet: a readable column on screen, A4 with a serif body in print. The page header is printed as
 * a running header from page 2 on (`@page` margin boxes, where the engine supports them); page 1 has the masthead in
 * the document itself, so engines without margin boxes still print it once.
 */
export function htmlStylesheet(pageHeader: PageHeader | undefined): string {
  const runningHeader =
    pageHeader === undefined
      ? ''
      : `
@page {
  @top-left {
    content: ${escapeCssString(`${pageHeader.board} ${pageHeader.protocol}`)} "\\A " ${escapeCssString(pageHeader.meetingDate)};
    white-space: pre;
    font: 9pt/1.3 "Times New Roman", "DejaVu Serif", serif;
    vertical-align: bottom;
    padding-bottom: 4mm;
  }
}
@page :first {
  @top-left { content: none; }
}`;

  return `
:root { color-scheme: light; }
body {
  margin: 0;
  padding: 2rem 1rem;
  color: #000;
  background: #fff;
  font: 12pt/1.45 "Times New Roman", "DejaVu Serif", Georgia, serif;
  hyphens: manual;
}
article { max-width: 42rem; margin: 0 auto; }
p { margin: 0 0 0.8em; }
.page-header { margin-bottom: 2em; font-size: 10pt; }
.page-header p { margin: 0; }
.paragraph-number { font-weight: bold; margin: 0; }
h1 { font-size: 14pt; font-weight: bold; margin: 0; }
.matter-kind, .case-number { margin: 0; }
.case-number { margin-bottom: 1.5em; }
h2 { font-size: 12pt; font-weight: bold; margin: 1.4em 0 0.2em; break-after: avoid; }
ol.additions { list-style: none; margin: 0 0 0.8em; padding: 0; }
ol.additions li { position: relative; padding-left: 2em; margin-bottom: 0.8em; }
ol.additions .number { position: absolute; left: 0; }
blockquote { margin: 0 0 0.8em 2em; }
ul.attachments { list-style: none; margin: 0; padding: 0; }
ul.attachments li { padding-left: 2em; text-indent: -2em; margin-bottom: 0.3em; }
@page { size: A4; margin: 30mm 20mm 25mm 25mm; }${runningHeader}
@media print {
  body { padding: 0; }
  article { max-width: none; }
  p, li, blockquote p { orphans: 3; widows: 3; }
}
`;
}
