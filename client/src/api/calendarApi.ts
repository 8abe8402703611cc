import { calendarFeedSchema, calendarFeedStatusSchema } from '@yttra/api';
import { apiJson } from './http';
import { parseAnswer } from './parseAnswer';

const FEED = '/api/calendar/feed';

export async function hasCalendarFeed(signal?: AbortSignal): Promise<boolean> {
  return parseAnswer(calendarFeedStatusSchema, await apiJson(FEED, { signal }), 'kalender').exists;
}

/** A new secret feed address; any earlier one stops working. The address is only ever shown now. */
export async function createCalendarFeed(): Promise<string> {
  return parseAnswer(calendarFeedSchema, await apiJson(FEED, { method: 'POST' }), 'kalenderadress').url;
}

export async function removeCalendarFeed(): Promise<void> {
  await apiJson(FEED, { method: 'DELETE' });
}
