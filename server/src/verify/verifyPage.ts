import { escapeHtml } from '../export/escapeHtml';
import { swedishDate } from '../export/swedishDate';
import { HASHED_FILE, type Verification } from './findVerification';

export type VerifyPageState =
  | { kind: 'form' }
  | { kind: 'invalid'; input: string }
  | { kind: 'unknown'; checksum: string }
  | { kind: 'valid'; verification: Verification };

const STYLE = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328; }
body { margin: 0; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
.result { border: 2px solid; border-radius: 0.5rem; padding: 1rem 1.25rem; margin: 0 0 1.5rem; }
.result--valid { border-color: #1a7f37; background: #eef8f0; }
.result--invalid { border-color: #b3261e; background: #fdf0ef; }
.result h2 { margin: 0 0 0.5rem; font-size: 1.25rem; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
code, pre { font-family: ui-monospace, monospace; overflow-wrap: anywhere; white-space: pre-wrap; }
pre { background: #f3f4f6; padding: 0.75rem; border-radius: 0.375rem; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
input { width: 100%; box-sizing: border-box; font: inherit; font-family: ui-monospace, monospace; padding: 0.5rem; border: 1px solid #57606a; border-radius: 0.375rem; }
button { margin-top: 0.5rem; font: inherit; padding: 0.5rem 1rem; border-radius: 0.375rem; border: 1px solid #0b5cad; background: #0b5cad; color: #fff; cursor: pointer; }
:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
`;

function resultSection(state: VerifyPageState): string {
  switch (state.kind) {
    case 'form':
      return '';
    case 'invalid':
      return `<section class="result result--invalid" aria-labelledby="result"><h2 id="result">Ingen giltig kontrollsumma</h2><p>”${escapeHtml(state.input)}” är inte en kontrollsumma. En kontrollsumma (SHA-256) är 64 tecken, siffror och bokstäverna a–f.</p></section>`;
    case 'unknown':
      return `<section class="result result--invalid" aria-labelledby="result"><h2 id="result">Kontrollsumman hör inte till någon justerad paragraf</h2><p>Ingen justerad protokollsparagraf har kontrollsumman <code>${escapeHtml(state.checksum)}</code>. Har filen ändrats efter justeringen får den en annan kontrollsumma.</p></section>`;
    case 'valid': {
      const v = state.verification;
      const facts = [
        ['Ärende', v.title],
        ['Nämnd', v.board],
        ...(v.caseNumber ? [['Diarienummer', v.caseNumber]] : []),
        ...(v.meetingDate ? [['Sammanträde', swedishDate(Date.parse(`${v.meetingDate}T12:00:00Z`))]] : []),
        ['Justerad', swedishDate(v.approvedAt)],
        ['Kontrollsumma', v.checksum],
      ];
      return `<section class="result result--valid" aria-labelledby="result"><h2 id="result">Giltig: paragrafen är justerad</h2><dl>${facts
        .map(
          ([term, value]) =>
            `<div style="display:contents"><dt>${escapeHtml(term!)}</dt><dd>${escapeHtml(value!)}</dd></div>`,
        )
        .join('')}</dl></section>`;
    }
  }
}

/**
 * The citizen's page for a checksum: whether it belongs to an approved paragraph, of which board and when, what
 * exactly is hashed and how to check a downloaded file oneself. Plain server-rendered HTML: works without script.
 */
export function verifyPage(state: VerifyPageState): string {
  const value =
    state.kind === 'valid'
      ? state.verification.checksum
      : state.kind === 'form'
        ? ''
        : state.kind === 'unknown'
          ? state.checksum
          : state.input;
  const title =
    state.kind === 'valid'
      ? 'Giltig kontrollsumma'
      : state.kind === 'form'
        ? 'Kontrollera en justerad paragraf'
        : 'Ogiltig kontrollsumma';
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Yttra</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Kontrollera en justerad protokollsparagraf</h1>
${resultSection(state)}
<section aria-labelledby="how">
<h2 id="how">Så kontrollerar du filen själv</h2>
<p>Kontrollsumman är SHA-256 av ${HASHED_FILE}. Ladda ned textfilen och kör i en terminal:</p>
<pre><code>sha256sum filnamn.txt</code></pre>
<p>(Byt <code>filnamn.txt</code> mot den nedladdade filens namn. På macOS: <code>shasum -a 256 filnamn.txt</code>, i Windows PowerShell: <code>Get-FileHash filnamn.txt</code>.) Stämmer summan med den som står här är filen oförändrad sedan justeringen.</p>
</section>
<form method="get" action="/verify">
<label for="checksum">Kontrollsumma (SHA-256)</label>
<input id="checksum" name="kontrollsumma" value="${escapeHtml(value)}" autocomplete="off" spellcheck="false" inputmode="text">
<button type="submit">Kontrollera</button>
</form>
</main>
</body>
</html>
`;
}
