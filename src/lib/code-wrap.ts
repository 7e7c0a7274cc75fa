/**
 * Whether code blocks wrap long lines, one choice for the whole site, remembered on this device.
 * Best effort: without storage the choice lasts for the page. Every code block on a page shares it.
 */
const KEY = 'latam-backend-path:code-wrap';

let wrapped: boolean | null = null;
const listeners = new Set<() => void>();

/** The stored choice; storage is read once per page, on the first call. */
export function codeWrapped(): boolean {
  if (wrapped === null) {
    try {
      wrapped = localStorage.getItem(KEY) === 'wrap';
    } catch {
      wrapped = false;
    }
  }
  return wrapped;
}

export function setCodeWrapped(value: boolean): void {
  wrapped = value;
  try {
    localStorage.setItem(KEY, value ? 'wrap' : 'scroll');
  } catch {
    // Storage blocked or full: the choice holds for this page only.
  }
  listeners.forEach((listener) => listener());
}

export function subscribeCodeWrap(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets the cached choice, so that the next read goes back to storage (tests only). */
export function forgetCodeWrap(): void {
  wrapped = null;
}
