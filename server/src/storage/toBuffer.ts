/** The same bytes as a Buffer, without copying: what both database drivers take for binary columns. */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
