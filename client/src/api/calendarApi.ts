import { apiJson } from './http';
import { boolean, record, string } from './parse';

const FEED = '/api/calendar/feed';

export async function hasCalendarFeed(signal?: AbortSignal): Promise<boolean> {
  return boolean(record(await apiJson(FEED, { signal }), 'kalender').exists, 'kalender');
}

/** A new secret feed address; any earlier one stops working. The address is only ever shown now. */
export async function createCalendarFeed(): Promise<string> {
  return string(record(await apiJson(FEED, { method: 'POST' }), 'kalender').url, 'kalenderadress');
}

export async function removeCalendarFeed(): Promise<void> {
  await apiJson(FEED, { method: 'DELETE' });
}
