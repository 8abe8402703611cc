/** `protocolNumber` → `data-protocol-number`: every node attribute travels in HTML (copy and paste) as a data attribute. */
export function dataAttributeName(attribute: string): string {
  return `data-${attribute.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
