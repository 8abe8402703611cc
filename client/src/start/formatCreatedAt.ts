/** "27 november 2025 kl. 14:05"-style dates, as Swedish readers expect them. */
export function formatCreatedAt(timestamp: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(timestamp);
}
