const format = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Stockholm',
});

/** A moment as a Swedish reader writes the day: "29 augusti 2019" (Stockholm time). */
export function swedishDate(epochMs: number): string {
  return format.format(new Date(epochMs));
}
