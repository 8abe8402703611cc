import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { ChannelSubject, ChannelVerdict } from './ChannelVerdict';
import { type LiveChannel, LiveChannels } from './LiveChannels';

const OPEN: ChannelVerdict = {
  open: true,
  access: { read: true, write: true, comment: true, suggest: true },
  presenceScope: 'staff',
};
const READ_ONLY: ChannelVerdict = { ...OPEN, access: { read: true, write: false, comment: true, suggest: false } };
const GONE: ChannelVerdict = { open: false, because: 'no-access' };

function channel(userId: string, documentId: string, credentialId = `${userId}-token`) {
  const applied: ChannelVerdict[] = [];
  const live: LiveChannel & { applied: ChannelVerdict[] } = {
    kind: 'websocket',
    userId,
    documentId,
    credential: { kind: 'token', id: credentialId },
    applied,
    apply: (verdict) => applied.push(verdict),
  };
  return live;
}

/** A judge whose answers the test sets per user; `hold` makes the next decision wait until `release`. */
function scriptedJudge() {
  const answers = new Map<string, ChannelVerdict>();
  let holdNext = false;
  let releaseHeld: (() => void) | undefined;
  const judge = async (subject: ChannelSubject): Promise<ChannelVerdict> => {
    // Read when the decision starts, as the real judge reads storage.
    const answer = answers.get(subject.userId) ?? OPEN;
    if (holdNext) {
      holdNext = false;
      await new Promise<void>((resolve) => {
        releaseHeld = resolve;
      });
    }
    return answer;
  };
  return {
    judge,
    answers,
    hold: () => {
      holdNext = true;
    },
    release: () => releaseHeld?.(),
  };
}

const silent = pino({ level: 'silent' });

describe('LiveChannels', () => {
  it('re-judges only the channels a change affects, and forgets the ones it closes', async () => {
    const scripted = scriptedJudge();
    const live = new LiveChannels(scripted.judge, silent);
    const anna = channel('anna', 'draft');
    const bertil = channel('bertil', 'draft');
    const annaElsewhere = channel('anna', 'protocol');
    for (const each of [anna, bertil, annaElsewhere]) expect(await live.admit(each)).toEqual(OPEN);

    scripted.answers.set('anna', GONE);
    await live.accessChanged({ documentId: 'draft' });
    expect(anna.applied).toEqual([GONE]);
    expect(bertil.applied).toEqual([OPEN]);
    expect(annaElsewhere.applied).toEqual([]);
    expect(live.size).toBe(2);

    await live.accessChanged({ userId: 'anna' });
    expect(annaElsewhere.applied).toEqual([GONE]);
    await live.accessChanged({ credential: { kind: 'token', id: 'bertil-token' } });
    expect(bertil.applied).toEqual([OPEN, OPEN]);
    await live.accessChanged({ credential: { kind: 'session', id: 'bertil-token', expiresAt: 0 } });
    expect(bertil.applied).toHaveLength(2);
  });

  it('refuses and forgets a channel the judge refuses at admission', async () => {
    const scripted = scriptedJudge();
    scripted.answers.set('anna', GONE);
    const live = new LiveChannels(scripted.judge, silent);
    expect(await live.admit(channel('anna', 'draft'))).toEqual(GONE);
    expect(live.size).toBe(0);
  });

  it('never lets an older, slower decision overrule a newer one', async () => {
    const scripted = scriptedJudge();
    const live = new LiveChannels(scripted.judge, silent);
    const anna = channel('anna', 'protocol');
    await live.admit(anna);
    scripted.hold();
    const slow = live.accessChanged({ userId: 'anna' });
    scripted.answers.set('anna', READ_ONLY);
    const fast = live.accessChanged({ userId: 'anna' });
    await fast;
    scripted.release();
    await slow;
    expect(anna.applied).toEqual([READ_ONLY]);
  });

  it('answers admission with a change that landed while it was being decided', async () => {
    const scripted = scriptedJudge();
    const live = new LiveChannels(scripted.judge, silent);
    scripted.hold();
    const anna = channel('anna', 'draft');
    const admitted = live.admit(anna);
    scripted.answers.set('anna', GONE);
    const changed = live.accessChanged({ userId: 'anna' });
    scripted.release();
    await changed;
    expect(await admitted).toEqual(GONE);
  });

  it('fails closed when access cannot be checked', async () => {
    const live = new LiveChannels(async () => {
      throw new Error('database is gone');
    }, silent);
    expect(await live.admit(channel('anna', 'draft'))).toEqual({ open: false, because: 'unavailable' });
  });

  it('re-judges a session channel when the session expires', async () => {
    const scripted = scriptedJudge();
    const live = new LiveChannels(scripted.judge, silent);
    const anna = { ...channel('anna', 'draft'), credential: { kind: 'session', id: 's', expiresAt: Date.now() + 50 } };
    await live.admit(anna as LiveChannel);
    scripted.answers.set('anna', { open: false, because: 'signed-out' });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(anna.applied).toEqual([{ open: false, because: 'signed-out' }]);
    expect(live.size).toBe(0);
  });

  it('decides once per subject for a change, and each of its channels obeys that decision', async () => {
    const subjects: string[] = [];
    let draftShared = true;
    const live = new LiveChannels(async (subject) => {
      subjects.push(`${subject.userId}/${subject.documentId}/${subject.credential.id}`);
      return subject.documentId === 'draft' && !draftShared ? GONE : OPEN;
    }, silent);
    const tabs = Array.from({ length: 5 }, () => channel('anna', 'draft'));
    const paragraph = channel('anna', 'paragraph');
    const otherToken = channel('anna', 'draft', 'anna-second-token');
    for (const tab of [...tabs, paragraph, otherToken]) await live.admit(tab);
    subjects.length = 0;
    draftShared = false;
    await live.accessChanged({ userId: 'anna' });
    expect(subjects.sort()).toEqual([
      'anna/draft/anna-second-token',
      'anna/draft/anna-token',
      'anna/paragraph/anna-token',
    ]);
    for (const tab of [...tabs, otherToken]) expect(tab.applied).toEqual([GONE]);
    expect(paragraph.applied).toEqual([OPEN]);
    expect(live.size).toBe(1);
  });
});
