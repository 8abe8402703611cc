import { normalizeDisplayName } from './normalizeDisplayName';

export const DISPLAY_NAME_KEY = 'yttra.displayName';

const listeners = new Set<() => void>();
/** Used when localStorage refuses (some private modes): the name then lasts for this tab only. */
let memoryFallback: string | null = null;

export function readDisplayName(): string | null {
  let stored: string | null = memoryFallback;
  try {
    stored = window.localStorage.getItem(DISPLAY_NAME_KEY) ?? memoryFallback;
  } catch {
    // Storage unavailable: keep the in-memory name.
  }
  const name = stored === null ? '' : normalizeDisplayName(stored);
  return name === '' ? null : name;
}

export function writeDisplayName(raw: string): void {
  const name = normalizeDisplayName(raw);
  if (name === '') return;
  memoryFallback = name;
  try {
    window.localStorage.setItem(DISPLAY_NAME_KEY, name);
  } catch {
    // Storage unavailable: the in-memory name still lets the user in.
  }
  for (const listener of listeners) listener();
}

/** Also follows changes made in other tabs, so every open document shows the same name. */
export function subscribeToDisplayName(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === DISPLAY_NAME_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
