/** A paragraph's place in the tagged PDF: its tag, and whether it stands in a quote. */
export interface PdfStructure {
  tag: 'H1' | 'H2' | 'P' | 'LI';
  /** A paragraph of quoted text, grouped with its neighbours in one BlockQuote. */
  inQuote?: boolean;
  /** Starts a new list or quote even when the previous paragraph was of the same kind. */
  startsGroup?: boolean;
}
