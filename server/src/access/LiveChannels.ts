import type { Logger } from '../log';
import type { AccessChange, AccessRevocations } from './AccessRevocations';
import type { ChannelSubject, ChannelVerdict } from './ChannelVerdict';

/** A channel that stays open for a while and pushes content: a WebSocket, a Server-Sent Events stream. */
export interface LiveChannel extends ChannelSubject {
  readonly kind: 'websocket' | 'comment-events' | 'matter-events';
  /**
   * Obeys a fresh verdict at once: a closed verdict ends the channel (nothing more is delivered), an open
   * one adjusts what it may do (e.g. write access ends at approval).
   */
  apply(verdict: ChannelVerdict): void;
}

interface Tracked {
  /** The evaluation started last; an older one that finishes later is stale and ignored. */
  latest: Promise<ChannelVerdict> | undefined;
  expiry: NodeJS.Timeout | undefined;
}

/** setTimeout's largest delay; a longer session is re-checked then and rescheduled. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Every open live channel of this process, and the single path by which access decisions reach them.
 * Channels are admitted through `admit` (the same judge decides at open and later), and every trigger
 * (sign-out, token deletion, un-sharing, role change, approval) calls `accessChanged`, which re-judges the
 * affected channels from storage and makes them obey. Sessions are re-judged when they expire.
 */
export class LiveChannels implements AccessRevocations {
  private readonly channels = new Map<LiveChannel, Tracked>();

  constructor(
    private readonly judge: (subject: ChannelSubject) => Promise<ChannelVerdict>,
    private readonly log: Logger,
  ) {}

  get size(): number {
    return this.channels.size;
  }

  /**
   * Registers a channel and decides whether it may open. Registration comes first, so a change that lands
   * while the decision is being made is never missed: the returned verdict is the latest one. A refused
   * channel is not kept.
   */
  async admit(channel: LiveChannel): Promise<ChannelVerdict> {
    const tracked: Tracked = { latest: undefined, expiry: undefined };
    this.channels.set(channel, tracked);
    this.scheduleExpiry(channel, tracked);
    let evaluation = this.evaluate(channel, tracked);
    let verdict = await evaluation;
    while (tracked.latest !== evaluation && tracked.latest) {
      evaluation = tracked.latest;
      verdict = await evaluation;
    }
    if (!verdict.open) this.remove(channel);
    return verdict;
  }

  /** Forgets a channel that ended on its own (client left, malformed frame). */
  remove(channel: LiveChannel): void {
    const tracked = this.channels.get(channel);
    if (!tracked) return;
    clearTimeout(tracked.expiry);
    this.channels.delete(channel);
  }

  async accessChanged(change: AccessChange): Promise<void> {
    await this.reevaluateAll([...this.channels.keys()].filter((channel) => affects(change, channel)));
  }

  /** Re-judges every open channel, e.g. when access changes elsewhere may have gone unheard. */
  async recheckAll(): Promise<void> {
    await this.reevaluateAll([...this.channels.keys()]);
  }

  /** Stops the expiry timers (the channels themselves are closed by the server's shutdown). */
  stop(): void {
    for (const tracked of this.channels.values()) clearTimeout(tracked.expiry);
    this.channels.clear();
  }

  /**
   * One decision per subject, shared by its channels: a sign-out of a user with a hundred tabs open is a few
   * storage reads, not a few hundred queued on the database pool (that queue is what made a PostgreSQL sign-out
   * take seconds). The verdict depends on nothing but the subject, so sharing it changes no outcome.
   */
  private async reevaluateAll(channels: LiveChannel[]): Promise<void> {
    const decisions = new Map<string, Promise<ChannelVerdict>>();
    await Promise.all(channels.map((channel) => this.reevaluate(channel, decisions)));
  }

  private async reevaluate(channel: LiveChannel, decisions: Map<string, Promise<ChannelVerdict>>): Promise<void> {
    const tracked = this.channels.get(channel);
    if (!tracked) return;
    const evaluation = this.evaluate(channel, tracked, decisions);
    const verdict = await evaluation;
    if (tracked.latest !== evaluation || this.channels.get(channel) !== tracked) return;
    if (!verdict.open) {
      this.remove(channel);
      this.log.info(
        { kind: channel.kind, documentId: channel.documentId, userId: channel.userId, because: verdict.because },
        'live channel closed by an access change',
      );
    }
    channel.apply(verdict);
  }

  private evaluate(
    channel: LiveChannel,
    tracked: Tracked,
    decisions = new Map<string, Promise<ChannelVerdict>>(),
  ): Promise<ChannelVerdict> {
    const key = subjectKey(channel);
    let evaluation = decisions.get(key);
    if (!evaluation) {
      evaluation = this.judge(channel).catch((error: unknown): ChannelVerdict => {
        // Fails closed: a channel whose access cannot be checked does not stay open.
        this.log.error({ err: error, kind: channel.kind, documentId: channel.documentId }, 'access check failed');
        return { open: false, because: 'unavailable' };
      });
      decisions.set(key, evaluation);
    }
    tracked.latest = evaluation;
    return evaluation;
  }

  private scheduleExpiry(channel: LiveChannel, tracked: Tracked): void {
    const { credential } = channel;
    if (credential.kind !== 'session') return;
    const delay = Math.min(Math.max(credential.expiresAt - Date.now(), 0) + 1, MAX_TIMER_MS);
    tracked.expiry = setTimeout(() => {
      if (credential.expiresAt > Date.now()) this.scheduleExpiry(channel, tracked);
      else void this.reevaluate(channel, new Map());
    }, delay);
    tracked.expiry.unref();
  }
}

function subjectKey({ userId, credential, documentId }: LiveChannel): string {
  return `${userId}\u0000${credential.kind}:${credential.id}\u0000${documentId}`;
}

function affects(change: AccessChange, channel: LiveChannel): boolean {
  if ('userId' in change) return channel.userId === change.userId;
  if ('documentId' in change) return channel.documentId === change.documentId;
  return channel.credential.kind === change.credential.kind && channel.credential.id === change.credential.id;
}
