const format = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Today in Sweden as YYYY-MM-DD, the form deadlines are given in. */
export function stockholmToday(now = Date.now()): string {
  return format.format(now);
}
