/**
 * Runs a piece of background work once the page has settled: the first time the browser gives the
 * main thread a long idle period. Chromium grants idle periods of up to 50 ms when nothing is waiting
 * to run or to be drawn, but only the few milliseconds left in a frame while a page is still starting
 * (React hydrating in slices, route chunks arriving, frames being drawn). A plain `requestIdleCallback`
 * fires in one of those short gaps, so work started from it runs alongside the page's own start.
 */

/** `requestIdleCallback`'s shape; the deadline's `timeRemaining()` is how long this idle period lasts. */
export type ScheduleIdle = (callback: IdleRequestCallback, options: {timeout: number}) => void;

export type WhenSettledOptions = {
  /** `requestIdleCallback`, or a stand-in in tests and in browsers without it. */
  scheduleIdle: ScheduleIdle;
  /** An idle period at least this long means the page has settled. */
  minIdleMs?: number;
  /** Run anyway after this long: a page that animates forever never has a long idle period. */
  maxWaitMs?: number;
  now?: () => number;
};

/** Chromium's longest idle period is 50 ms; asking for 40 leaves room for the callback's own start. */
export const SETTLED_IDLE_MS = 40;
export const MAX_SETTLE_WAIT_MS = 10_000;

export function whenSettled(
  run: () => void,
  {scheduleIdle, minIdleMs = SETTLED_IDLE_MS, maxWaitMs = MAX_SETTLE_WAIT_MS, now = () => performance.now()}: WhenSettledOptions,
): void {
  const start = now();
  const check = (deadline: IdleDeadline): void => {
    const waited = now() - start;
    if (deadline.didTimeout || deadline.timeRemaining() >= minIdleMs || waited >= maxWaitMs) run();
    else scheduleIdle(check, {timeout: Math.max(1, maxWaitMs - waited)});
  };
  scheduleIdle(check, {timeout: maxWaitMs});
}
