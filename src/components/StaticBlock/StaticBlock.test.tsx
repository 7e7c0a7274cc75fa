import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {act} from '@testing-library/react';
import {createRoot, hydrateRoot} from 'react-dom/client';
import {renderToString} from 'react-dom/server';
import StaticBlock from './index';
import {setHydrating} from '@site/src/lib/hydration';
import {history} from '../../../tests/unit/mocks/router';

const block = (
  <StaticBlock as="p" className="lead">
    Read <a href="/docs/stacks/">the stacks lesson</a> and <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>.
  </StaticBlock>
);
const serverHtml = renderToString(block);
const hasFiber = (node: Node) => Object.keys(node).some((key) => key.startsWith('__reactFiber'));

function hydrated(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = serverHtml;
  document.body.append(container);
  setHydrating(true);
  act(() => {
    hydrateRoot(container, block, {onRecoverableError: (error) => { throw error; }});
  });
  setHydrating(false);
  return container;
}

afterEach(() => {
  history.push.mockClear();
  document.body.innerHTML = '';
});

describe('StaticBlock', () => {
  it('renders its tag with the content on the server', () => {
    expect(serverHtml).toBe('<p class="lead">Read <a href="/docs/stacks/">the stacks lesson</a> and <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>.</p>');
  });

  it('hydrates only its own element, leaving the server HTML inside as it was, without warnings', () => {
    const consoleError = vi.spyOn(console, 'error');
    const container = hydrated();
    expect(container.innerHTML).toBe(serverHtml);
    expect(hasFiber(container.querySelector('p')!)).toBe(true);
    expect(hasFiber(container.querySelector('a')!)).toBe(false);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('sends a click on an internal link through the router, and leaves an external one to the browser', () => {
    const container = hydrated();
    const [internal, external] = Array.from(container.querySelectorAll('a'));
    const internalClick = new MouseEvent('click', {bubbles: true, cancelable: true, button: 0});
    internal!.dispatchEvent(internalClick);
    expect(history.push).toHaveBeenCalledWith('/docs/stacks/');
    expect(internalClick.defaultPrevented).toBe(true);

    history.push.mockClear();
    const externalClick = new MouseEvent('click', {bubbles: true, cancelable: true, button: 0});
    external!.addEventListener('click', (event: Event) => event.preventDefault()); // jsdom cannot navigate
    external!.dispatchEvent(externalClick);
    expect(history.push).not.toHaveBeenCalled();
  });

  it('renders its content when React renders afresh instead of hydrating', () => {
    const container = document.createElement('div');
    setHydrating(true);
    act(() => createRoot(container).render(block));
    setHydrating(false);
    expect(container.innerHTML).toBe(serverHtml);
    expect(hasFiber(container.querySelector('a')!)).toBe(true);
  });

  it('renders live on a page reached by client-side navigation', () => {
    const container = document.createElement('div');
    act(() => createRoot(container).render(block));
    expect(hasFiber(container.querySelector('a')!)).toBe(true);
  });
});
