import { escapeHtml } from '../export/escapeHtml';
import { swedishDate } from '../export/swedishDate';
import type { PublicNotice } from './publicNotices';

const STYLE = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328; }
body { margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
.notice { border: 1px solid #8c959f; border-radius: 0.5rem; padding: 1rem 1.25rem; margin: 0 0 1.25rem; }
.notice h2 { margin: 0 0 0.75rem; font-size: 1.2rem; }
.notice .board { display: block; font-size: 0.95rem; font-weight: 400; color: #424a53; }
dl { margin: 0 0 0.75rem; display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
ul.files { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
a { color: #0b5cad; }
a:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.25rem; } }
`;

const day = (isoDate: string) => swedishDate(Date.parse(`${isoDate}T12:00:00Z`));

function noticeArticle(notice: PublicNotice, index: number): string {
  const headingId = `notice-${index}`;
  const facts: [string, string][] = [
    ['Sammanträde', `${day(notice.meetingDate)}, protokoll nr ${notice.protocolNumber}, § ${notice.paragraphNumber}`],
    ['Diarienummer', notice.caseNumber],
    ['Justerad', `${day(notice.justeredOn)}${notice.immediate ? ' (omedelbar justering)' : ''}`],
    ['Anslaget', day(notice.postedOn)],
    ['Sitter uppe till och med', day(notice.comesDownOn)],
    ['Protokollet förvaras', notice.keptAt],
    ['Kontrollsumma', notice.checksum],
  ];
  return `<article class="notice" aria-labelledby="${headingId}">
<h2 id="${headingId}"><span class="board">${escapeHtml(notice.board)}</span>${escapeHtml(notice.title)}</h2>
<dl>${facts
    .map(
      ([term, value]) =>
        `<div style="display:contents"><dt>${escapeHtml(term)}</dt><dd>${term === 'Kontrollsumma' ? `<code>${escapeHtml(value)}</code>` : escapeHtml(value)}</dd></div>`,
    )
    .join('')}</dl>
<ul class="files" aria-label="Paragrafen § ${notice.paragraphNumber}">
<li><a href="${escapeHtml(notice.files.html)}">Läs paragrafen (webbsida)</a></li>
<li><a href="${escapeHtml(notice.files.pdf)}">Ladda ned som PDF</a></li>
<li><a href="${escapeHtml(notice.files.txt)}">Ladda ned som textfil</a></li>
<li><a href="/verify/${escapeHtml(notice.checksum)}">Kontrollera kontrollsumman</a></li>
</ul>
</article>`;
}

/**
 * The public anslagstavla: the notices of justered protocols, each with its paragraph, open to anyone and
 * readable without script (kommunallagen 8 kap. 12 §).
 */
export function noticeBoardPage(notices: readonly PublicNotice[]): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Anslagstavla – Yttra</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Anslagstavla</h1>
<p>Här tillkännages justerade protokoll. Den som vill överklaga ett beslut ska göra det inom tre veckor från den dag då tillkännagivandet sattes upp (kommunallagen 13 kap. 5 §). Tillkännagivandet sitter uppe till och med den dag överklagandetiden går ut.</p>
${notices.length === 0 ? '<p><strong>Inga tillkännagivanden just nu.</strong></p>' : notices.map(noticeArticle).join('\n')}
</main>
</body>
</html>
`;
}
