import React, {startTransition, useEffect, useState, type ReactNode} from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {act} from '@testing-library/react';
import {createRoot, hydrateRoot} from 'react-dom/client';
import {renderToString} from 'react-dom/server';
import RenderedAfterHydration from './index';
import {setHydrating} from '@site/src/lib/hydration';

const hasFiber = (node: Node) => Object.keys(node).some((key) => key.startsWith('__reactFiber'));
const columnRenders = vi.fn();

function Column(): ReactNode {
  columnRenders();
  const [clicks, setClicks] = useState(0);
  return <button type="button" onClick={() => setClicks(clicks + 1)}>clicked {clicks}</button>;
}

/** The theme's page: on a phone it drops the wide-screen column in a transition after hydration. */
function Page({phone}: {phone: boolean}): ReactNode {
  const [screen, setScreen] = useState<'ssr' | 'phone' | 'wide'>('ssr');
  useEffect(() => startTransition(() => setScreen(phone ? 'phone' : 'wide')), [phone]);
  return <main>{screen !== 'phone' && <RenderedAfterHydration><Column /></RenderedAfterHydration>}</main>;
}

async function hydratedPage(phone: boolean): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Page phone={phone} />);
  document.body.append(container);
  columnRenders.mockClear();
  setHydrating(true);
  await act(async () => {
    hydrateRoot(container, <Page phone={phone} />, {onRecoverableError: (error) => { throw error; }});
  });
  setHydrating(false);
  return container;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('RenderedAfterHydration', () => {
  it('renders its children inside a wrapper on the server', () => {
    expect(renderToString(<RenderedAfterHydration><Column /></RenderedAfterHydration>)).toMatch(/^<div class="wrapper"><button type="button">clicked <!-- -->0<\/button><\/div>$/);
  });

  it('on a wide screen, renders the children afresh after hydration, without errors, and they work', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const container = await hydratedPage(false);
    const button = container.querySelector('button')!;
    expect(hasFiber(button)).toBe(true);
    expect(columnRenders).toHaveBeenCalledTimes(1);
    await act(async () => button.click());
    expect(button.textContent).toBe('clicked 1');
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('on a phone, never renders the children in the browser: the page drops them first', async () => {
    const container = await hydratedPage(true);
    expect(columnRenders).not.toHaveBeenCalled();
    expect(container.innerHTML).toBe('<main></main>');
  });

  it('renders the children directly when the page is not being hydrated', async () => {
    const container = document.createElement('div');
    await act(async () => createRoot(container).render(<RenderedAfterHydration><Column /></RenderedAfterHydration>));
    expect(container.querySelector('button')?.textContent).toBe('clicked 0');
  });
});
