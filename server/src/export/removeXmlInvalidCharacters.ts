/**
 * Characters XML 1.0 forbids outright: control characters other than tab and line breaks, lone surrogates (in a
 * `u` regex `\p{Cs}` matches only unpaired ones), and U+FFFE/FFFF. The C1 controls, which XML tolerates, go too:
 * no one means them. Word refuses to open a document containing a forbidden character, and the docx package only
 * strips some of them. None of them is printable text in a PDF either, so the PDF export drops them too.
 */
const XML_INVALID = /[^\P{Cc}\t\n\r]|\p{Cs}|[\ufffe\uffff]/gu;

/** Drops characters that cannot appear in XML 1.0, so user text can never make a DOCX unreadable. */
export function removeXmlInvalidCharacters(text: string): string {
  return text.replace(XML_INVALID, '');
}
