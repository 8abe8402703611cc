/**
 * True for URLs that never leave this machine. Plain http is tolerated only there (a developer's or a test's
 * provider), because nobody else can read or alter loopback traffic.
 */
export function isLoopbackUrl(url: URL): boolean {
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
