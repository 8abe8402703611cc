const stockholmDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day, YYYY-MM-DD, that an instant falls on in Sweden: statutory days are Swedish days. */
export function stockholmDate(epochMs: number): string {
  return stockholmDay.format(new Date(epochMs));
}
