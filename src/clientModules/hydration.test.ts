import {beforeEach, describe, expect, it, vi} from 'vitest';

/** The module as a hydrating page loads it, over a stand-in for the browser's frame scheduling. */
async function loadOnHydratingPage() {
  vi.resetModules();
  const frames: FrameRequestCallback[] = [];
  window.requestAnimationFrame = (callback) => frames.push(callback);
  window.cancelAnimationFrame = () => {};
  const hydration = await import('@site/src/lib/hydration');
  hydration.setHydrating(true);
  const module = await import('./hydration');
  const runFrame = () => frames.splice(0).forEach((callback) => callback(0));
  return {...module, ...hydration, frames, runFrame};
}

describe('the hydration client module', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('holds frame callbacks until the commit of hydration, then runs them in the next frame', async () => {
    const {onRouteDidUpdate, isHydrating, frames, runFrame} = await loadOnHydratingPage();
    const headUpdate = vi.fn();
    requestAnimationFrame(headUpdate);
    expect(frames).toHaveLength(0);

    onRouteDidUpdate();
    expect(isHydrating()).toBe(false);
    expect(headUpdate).not.toHaveBeenCalled();
    runFrame();
    expect(headUpdate).toHaveBeenCalledOnce();
  });

  it('drops a held callback that is cancelled, before or after the commit', async () => {
    const {onRouteDidUpdate, runFrame} = await loadOnHydratingPage();
    const [first, second, kept] = [vi.fn(), vi.fn(), vi.fn()];
    cancelAnimationFrame(requestAnimationFrame(first));
    const secondId = requestAnimationFrame(second);
    requestAnimationFrame(kept);
    onRouteDidUpdate();
    cancelAnimationFrame(secondId);
    runFrame();
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledOnce();
  });

  it('passes frame requests straight through once hydration is over', async () => {
    const {onRouteDidUpdate, frames} = await loadOnHydratingPage();
    onRouteDidUpdate();
    requestAnimationFrame(() => {});
    expect(frames).toHaveLength(1);
  });
});
