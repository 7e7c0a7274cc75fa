import {describe, expect, it, vi} from 'vitest';
import {MAX_SETTLE_WAIT_MS, whenSettled, type ScheduleIdle} from './when-settled';

/** A fake requestIdleCallback: each queued callback is run by the test with the idle period it chooses. */
function fakeIdle() {
  const queue: {callback: IdleRequestCallback; timeout: number}[] = [];
  const scheduleIdle: ScheduleIdle = (callback, {timeout}) => void queue.push({callback, timeout});
  const idle = (ms: number, didTimeout = false) => queue.shift()!.callback({timeRemaining: () => ms, didTimeout});
  return {queue, scheduleIdle, idle};
}

describe('whenSettled', () => {
  it('waits through the short idle gaps of a page that is still starting', () => {
    const {queue, scheduleIdle, idle} = fakeIdle();
    const run = vi.fn();
    whenSettled(run, {scheduleIdle, now: () => 0});
    idle(4);
    idle(12.5);
    expect(run).not.toHaveBeenCalled();
    expect(queue).toHaveLength(1);
    idle(49.8);
    expect(run).toHaveBeenCalledOnce();
    expect(queue).toHaveLength(0);
  });

  it('runs at once when the first idle period is already a long one', () => {
    const {scheduleIdle, idle} = fakeIdle();
    const run = vi.fn();
    whenSettled(run, {scheduleIdle, now: () => 0});
    idle(50);
    expect(run).toHaveBeenCalledOnce();
  });

  it('gives up waiting after the maximum wait, on a page that never settles', () => {
    const {queue, scheduleIdle, idle} = fakeIdle();
    let clock = 0;
    const run = vi.fn();
    whenSettled(run, {scheduleIdle, now: () => clock});
    expect(queue[0]!.timeout).toBe(MAX_SETTLE_WAIT_MS);
    clock = 6_000;
    idle(3);
    expect(run).not.toHaveBeenCalled();
    // The next check's timeout is what is left of the maximum wait, not a fresh one.
    expect(queue[0]!.timeout).toBe(MAX_SETTLE_WAIT_MS - 6_000);
    clock = MAX_SETTLE_WAIT_MS;
    idle(3);
    expect(run).toHaveBeenCalledOnce();
  });

  it("runs when the browser reports that the callback's timeout passed", () => {
    const {scheduleIdle, idle} = fakeIdle();
    const run = vi.fn();
    whenSettled(run, {scheduleIdle, now: () => 0});
    idle(0, true);
    expect(run).toHaveBeenCalledOnce();
  });
});
