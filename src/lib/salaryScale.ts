/**
 * Pure logic behind the salary explorer: reading a typed yearly amount, placing it against a range, and
 * the ticks of the chart's shared axis. No React, no locale: formatting happens in the component.
 *
 * What the input accepts (whole U.S. dollars a year):
 * - plain digits: `65000`;
 * - digits grouped in threes with ONE kind of separator, used the same way throughout: comma `65,000`,
 *   dot `65.000` (the Latin American and European habit), space or apostrophe `65 000`, `65'000`.
 *   Because a dot or comma is always read as a thousands separator, cents are not accepted: `65000.50`
 *   and `65,5` are format errors, never silently read as 65 or 6,550,000;
 * - an optional `$`, `US$` or `USD` before, or `USD` after, and an optional `k` for thousands (`65k`);
 * - amounts from MIN_AMOUNT to MAX_AMOUNT. Below that it is most likely a monthly figure or a typo;
 *   above it, a slip of the zeros key.
 * Rejected: negatives, letters and other symbols, badly grouped digits, 0, too small, too large.
 */

export const MIN_AMOUNT = 1_000;
export const MAX_AMOUNT = 1_000_000;

export type InvalidReason = 'negative' | 'notNumber' | 'format' | 'tooSmall' | 'tooLarge';

export type ParsedAmount = {kind: 'empty'} | {kind: 'value'; value: number} | {kind: 'invalid'; reason: InvalidReason};

const SEPARATORS = `,.'\\s\\u00a0\\u202f`;
const GROUPED = new RegExp(`^\\d{1,3}([${SEPARATORS}])\\d{3}(?:\\1\\d{3})*$`);

export function parseAmount(text: string): ParsedAmount {
  let s = text.trim();
  if (s === '') return {kind: 'empty'};
  if (/^[-\u2212\u2013]/.test(s)) return {kind: 'invalid', reason: 'negative'};
  s = s
    .replace(/^(US\$|USD|\$)\s*/i, '')
    .replace(/\s*USD$/i, '')
    .trim();
  if (/^[-\u2212\u2013]/.test(s)) return {kind: 'invalid', reason: 'negative'};
  let multiplier = 1;
  if (/^\d+\s*k$/i.test(s)) {
    multiplier = 1000;
    s = s.replace(/\s*k$/i, '');
  }
  if (!new RegExp(`^[\\d${SEPARATORS}]+$`).test(s) || !/\d/.test(s)) {
    return {kind: 'invalid', reason: /\d/.test(s) && /^[\d,.\s]*[kK]$/.test(s) ? 'format' : 'notNumber'};
  }
  let digits: string;
  if (/^\d+$/.test(s)) digits = s;
  else if (GROUPED.test(s)) digits = s.replace(/\D/g, '');
  else return {kind: 'invalid', reason: 'format'};
  const value = Number(digits) * multiplier;
  if (value < MIN_AMOUNT) return {kind: 'invalid', reason: 'tooSmall'};
  if (value > MAX_AMOUNT) return {kind: 'invalid', reason: 'tooLarge'};
  return {kind: 'value', value};
}

/** Below this, a "yearly" amount may well be a monthly one; the widget says how to convert, nothing more. */
export const MONTHLY_HINT_BELOW = 15_000;

export function mayBeMonthly(value: number): boolean {
  return value < MONTHLY_HINT_BELOW;
}

/**
 * Whether a problem is shown while the learner is still typing. "6" is too small and "65," is badly
 * grouped, but both are on the way to "65,000": those wait until the field is left or Enter is pressed.
 * A minus sign, a letter or too many digits cannot become valid by typing more, so they show at once.
 */
export function showWhileTyping(reason: InvalidReason): boolean {
  return reason !== 'format' && reason !== 'tooSmall';
}

export type Range = {min: number; max: number};

/** Where inside a range a value sits: at an end, or in one of three equal thirds. */
export type Part = 'lowEnd' | 'lowerThird' | 'middleThird' | 'upperThird' | 'topEnd';

export type Placement =
  | {kind: 'below'; gap: number}
  | {kind: 'inside'; position: number; part: Part}
  | {kind: 'above'; gap: number};

/** Position p = (value − min) / (max − min), from 0 at the low end to 1 at the top end. */
export function placeInRange(value: number, {min, max}: Range): Placement {
  if (value < min) return {kind: 'below', gap: min - value};
  if (value > max) return {kind: 'above', gap: value - max};
  const position = max === min ? 0 : (value - min) / (max - min);
  let part: Part;
  if (value === min) part = 'lowEnd';
  else if (value === max) part = 'topEnd';
  else if (position < 1 / 3) part = 'lowerThird';
  else if (position < 2 / 3) part = 'middleThird';
  else part = 'upperThird';
  return {kind: 'inside', position, part};
}

export type Axis = {min: number; max: number; ticks: number[]};

/**
 * A "nice" axis covering every value: the smallest step of 1, 2 or 5 × 10^n that needs at most
 * `maxTicks` ticks, with both ends on a tick.
 */
export function niceAxis(values: readonly number[], maxTicks = 6): Axis {
  if (values.length === 0) throw new Error('niceAxis needs at least one value');
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) {
    lo = Math.max(0, lo - 1);
    hi += 1;
  }
  const span = hi - lo;
  let magnitude = 10 ** Math.floor(Math.log10(span / maxTicks));
  for (;;) {
    for (const m of [1, 2, 5]) {
      const step = m * magnitude;
      const start = Math.floor(lo / step) * step;
      const end = Math.ceil(hi / step) * step;
      const count = Math.round((end - start) / step) + 1;
      if (count <= maxTicks) {
        return {min: start, max: end, ticks: Array.from({length: count}, (_, i) => start + i * step)};
      }
    }
    magnitude *= 10;
  }
}

/** A value's place on the axis as a fraction from 0 (left) to 1 (right). */
export function axisFraction(value: number, axis: Axis): number {
  return (value - axis.min) / (axis.max - axis.min);
}
