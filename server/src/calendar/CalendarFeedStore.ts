/**
 * Each user's secret calendar address. A calendar application fetches it without cookies or headers, so the
 * address itself is the credential; only its hash is stored, and it grants nothing but the deadline feed.
 */
export interface CalendarFeedStore {
  /** Replaces the user's feed secret (an older address stops working). */
  setFeed(userId: string, tokenHash: string, createdAt: number): Promise<void>;
  findFeedUser(tokenHash: string): Promise<string | undefined>;
  hasFeed(userId: string): Promise<boolean>;
  deleteFeed(userId: string): Promise<boolean>;
}
