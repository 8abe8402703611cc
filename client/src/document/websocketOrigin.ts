/** The sync socket lives on the page's own origin; only the scheme changes (wss behind https). */
export function websocketOrigin(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}`;
}
