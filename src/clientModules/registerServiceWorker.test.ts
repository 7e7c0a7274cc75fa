import {afterEach, expect, it, vi} from 'vitest';

const pwaRegistration = vi.hoisted(() => vi.fn());
vi.mock('@docusaurus/plugin-pwa/lib/registerSw.js', () => {
  pwaRegistration();
  return {};
});

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(document, 'readyState');
});

it("runs the PWA plugin's registration only once the page has loaded and then settled", async () => {
  vi.stubGlobal('navigator', {serviceWorker: {}});
  Object.defineProperty(document, 'readyState', {value: 'loading', configurable: true});
  const idleCallbacks: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idleCallbacks.push(callback));
  const idle = (ms: number) => idleCallbacks.shift()!({timeRemaining: () => ms, didTimeout: false});

  await import('./registerServiceWorker');
  expect(idleCallbacks).toHaveLength(0);

  window.dispatchEvent(new Event('load'));
  expect(idleCallbacks).toHaveLength(1);
  expect(pwaRegistration).not.toHaveBeenCalled();

  // A gap between two of React's hydration slices is not enough.
  idle(3);
  expect(idleCallbacks).toHaveLength(1);
  await Promise.resolve();
  expect(pwaRegistration).not.toHaveBeenCalled();

  idle(49);
  await vi.waitFor(() => expect(pwaRegistration).toHaveBeenCalledOnce());
});
