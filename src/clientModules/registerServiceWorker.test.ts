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

it("runs the PWA plugin's registration only once the page has loaded and the browser is idle", async () => {
  vi.stubGlobal('navigator', {serviceWorker: {}});
  Object.defineProperty(document, 'readyState', {value: 'loading', configurable: true});
  const idleCallbacks: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idleCallbacks.push(callback));

  await import('./registerServiceWorker');
  expect(idleCallbacks).toHaveLength(0);

  window.dispatchEvent(new Event('load'));
  expect(idleCallbacks).toHaveLength(1);
  expect(pwaRegistration).not.toHaveBeenCalled();

  idleCallbacks[0]!();
  await vi.waitFor(() => expect(pwaRegistration).toHaveBeenCalledOnce());
});
