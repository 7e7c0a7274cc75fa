/**
 * The edition the learner last read a lesson in, so that the progress page counts that edition.
 * Best effort: without storage the progress page falls back to the latest edition.
 */
const KEY = 'latam-backend-path:edition';

export function rememberEdition(edition: string): void {
  try {
    localStorage.setItem(KEY, edition);
  } catch {
    // Storage blocked or full: the progress page will show the latest edition instead.
  }
}

export function lastEdition(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
