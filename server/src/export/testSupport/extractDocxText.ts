import mammoth from 'mammoth';

/**
 * Test support: a DOCX's body text as mammoth reads it, one paragraph per line pair. Word headers are not part of
 * it, nor automatic list numbers, which is why additions carry their numbers as text.
 */
export async function extractDocxText(docx: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: docx });
  return value;
}
