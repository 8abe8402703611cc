import type { RenderBlock } from '@yttra/domain';
import type { threadsView } from './threadsView';

type Threads = Awaited<ReturnType<typeof threadsView>>;

/**
 * Comment threads as an annex to an export, for internal review only: each thread's quoted text, then every
 * comment with its author (deleted and hidden comments say so). Exports leave this out unless asked.
 */
export function commentAnnex(threads: Threads): RenderBlock[] {
  if (threads.length === 0) return [];
  const blocks: RenderBlock[] = [{ kind: 'heading', sectionId: 'kommentarer', text: 'Kommentarer (internt underlag)' }];
  for (const thread of threads) {
    const status = thread.resolvedAt === null ? 'öppen' : 'löst';
    blocks.push({ kind: 'text', text: `Om "${thread.quote}" (${status}):` });
    for (const comment of thread.comments) {
      const body = comment.deleted ? '[borttagen]' : comment.hidden ? '[dold av administratör]' : comment.body;
      blocks.push({ kind: 'text', text: `${comment.author?.name ?? 'Okänd'}: ${body}` });
    }
  }
  return blocks;
}
