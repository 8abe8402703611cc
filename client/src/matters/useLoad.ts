import { useCallback, useEffect, useState } from 'react';
import { describeRequestFailure } from '../api/ApiError';

export type LoadState<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; message: string };

/**
 * Loads once per `key`, and again on `reload()` (keeping what is shown meanwhile, so a list does not blink
 * away after every action). A 401 needs no handling here: the API layer has already signed the app out.
 */
export function useLoad<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
  failureMessage: string,
): { state: LoadState<T>; reload: () => void } {
  const [state, setState] = useState<LoadState<T>>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a fresh closure per render; `key` names what it loads
  useEffect(() => {
    const abort = new AbortController();
    load(abort.signal).then(
      (value) => {
        if (!abort.signal.aborted) setState({ kind: 'loaded', value });
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ kind: 'failed', message: describeRequestFailure(error, failureMessage) });
      },
    );
    return () => abort.abort();
  }, [key, generation, failureMessage]);
  const reload = useCallback(() => setGeneration((current) => current + 1), []);
  return { state, reload };
}
