/**
 * The `?compare=` parameter of the StackComparison widget: reading it, cleaning it, writing it back.
 * Pure functions; the component applies them to `window.location` after mount.
 *
 * The rule, applied in this order:
 * 1. Split on commas; trim each part and lower-case it ("GO " is `go`).
 * 2. Drop empty parts, unknown keys and repeats (the first occurrence stays).
 * 3. Keep the first three valid keys; later ones are dropped.
 * 4. If fewer than two remain, fill from the default selection (node, then go), skipping keys already
 *    chosen: `cobol,,go` gives go + node, `python` gives python + node, `cobol` gives node + go.
 * 5. Return the keys in the widget's fixed order (node, python, java, csharp, go), so a selection has
 *    exactly one spelling in the address: `go,csharp` is shown and written back as `csharp,go`.
 */
import {DEFAULT_STACKS, STACK_KEYS, type StackKey} from '@site/src/data/stacks';

export const COMPARE_PARAM = 'compare';
export const MIN_STACKS = 2;
export const MAX_STACKS = 3;

export type CompareSelection = {
  /** Two or three keys, in the widget's order */
  keys: StackKey[];
  /**
   * `absent`: no parameter, the defaults. `exact`: every part was a known key (case, spaces and order
   * aside). `corrected`: something was dropped or filled in, so the learner should be told.
   */
  outcome: 'absent' | 'exact' | 'corrected';
};

export const isStackKey = (value: string): value is StackKey => (STACK_KEYS as readonly string[]).includes(value);

/** The widget's order; unknown input never reaches here. */
export const inStackOrder = (keys: readonly StackKey[]): StackKey[] => STACK_KEYS.filter((key) => keys.includes(key));

export function parseCompareParam(raw: string | null | undefined): CompareSelection {
  if (raw === null || raw === undefined) return {keys: inStackOrder(DEFAULT_STACKS), outcome: 'absent'};
  const chosen: StackKey[] = [];
  let corrected = false;
  for (const part of raw.split(',')) {
    const key = part.trim().toLowerCase();
    if (!isStackKey(key) || chosen.includes(key) || chosen.length >= MAX_STACKS) {
      corrected = true;
      continue;
    }
    chosen.push(key);
  }
  for (const key of DEFAULT_STACKS) {
    if (chosen.length >= MIN_STACKS) break;
    if (!chosen.includes(key)) {
      chosen.push(key);
      corrected = true;
    }
  }
  return {keys: inStackOrder(chosen), outcome: corrected ? 'corrected' : 'exact'};
}

/** The parameter's value for a selection: `csharp,go`. */
export const formatCompareParam = (keys: readonly StackKey[]): string => inStackOrder(keys).join(',');

/** The raw `compare` value of a query string (several `compare=` parts are joined), or null if absent. */
export function readCompareParam(search: string): string | null {
  const values = new URLSearchParams(search).getAll(COMPARE_PARAM);
  return values.length ? values.join(',') : null;
}

/**
 * The query string with `compare` set to the selection, every other parameter kept as written and in
 * its place (`compare` goes where it was, or last). Commas stay literal so the address stays readable.
 */
export function withCompareParam(search: string, keys: readonly StackKey[]): string {
  const value = `${COMPARE_PARAM}=${formatCompareParam(keys)}`;
  const parts = search.replace(/^\?/, '').split('&').filter((part) => part !== '');
  const isCompare = (part: string): boolean => {
    const name = part.split('=')[0]!.replace(/\+/g, ' ');
    try {
      return decodeURIComponent(name) === COMPARE_PARAM;
    } catch {
      return false;
    }
  };
  const first = parts.findIndex(isCompare);
  const kept = parts.filter((part) => !isCompare(part));
  kept.splice(first === -1 ? kept.length : first, 0, value);
  return `?${kept.join('&')}`;
}

/** The address to pass to `history.replaceState`: same path and hash, the new query string. */
export function compareUrl(location: {pathname: string; search: string; hash: string}, keys: readonly StackKey[]): string {
  return `${location.pathname}${withCompareParam(location.search, keys)}${location.hash}`;
}
