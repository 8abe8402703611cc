import type { ChannelVerdict } from './ChannelVerdict';

/**
 * The HTTP answer for a live stream (Server-Sent Events) its judge refused at open: not signed in, the check
 * could not be made, or, alike for no access and for nothing there, `notFound`.
 */
export function liveChannelRefusal(
  verdict: Extract<ChannelVerdict, { open: false }>,
  notFound: string,
): { error: string; status: 401 | 404 | 503 } {
  if (verdict.because === 'signed-out') return { error: 'Du behöver logga in', status: 401 };
  if (verdict.because === 'unavailable') return { error: 'Behörigheten kunde inte kontrolleras', status: 503 };
  return { error: notFound, status: 404 };
}
