import React from 'react';
import {act, fireEvent, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import CodeBlock from './index';
import {forgetCodeWrap} from '@site/src/lib/code-wrap';

const block = (props: Record<string, string> = {}) =>
  render(
    <CodeBlock data-language="sql" data-html={'<span class="token keyword">SELECT</span> 1 &lt; 2;'} {...props} />,
  );

describe('CodeBlock', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the file name when the fence has a title, else the language', () => {
    block({'data-title': 'refunds.sql'});
    expect(screen.getByText('refunds.sql')).toBeTruthy();
    expect(screen.queryByText('sql')).toBeNull();
  });

  it('keeps the build-time tokens and makes the code reachable by keyboard', () => {
    const {container} = block();
    expect(screen.getByText('sql')).toBeTruthy();
    const pre = container.querySelector('pre')!;
    expect(pre.tabIndex).toBe(0);
    expect(pre.querySelector('code.language-sql .token.keyword')?.textContent).toBe('SELECT');
  });

  it('copies the code text and says so, then goes back to "Copy"', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.assign(navigator, {clipboard: {writeText}});
    block();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: 'Copy'}));
    });
    expect(writeText).toHaveBeenCalledWith('SELECT 1 < 2;');
    expect(screen.getByRole('button', {name: 'Copied'})).toBeTruthy();
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByRole('button', {name: 'Copy'})).toBeTruthy();
  });

  it('wraps every block on the page when one toggle is pressed, remembers it, and still copies the original lines', async () => {
    localStorage.clear();
    forgetCodeWrap();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.assign(navigator, {clipboard: {writeText}});
    const {container} = render(
      <>
        <CodeBlock data-language="text" data-html={'first line\nsecond line'} />
        <CodeBlock data-language="text" data-html="other" />
      </>,
    );
    const [toggle] = screen.getAllByRole('button', {name: 'Wrap lines'});
    expect(toggle!.getAttribute('aria-pressed')).toBe('false');
    await act(async () => {
      fireEvent.click(toggle!);
    });
    const pres = Array.from(container.querySelectorAll('pre'));
    expect(pres.map((pre) => pre.classList.contains('wrapped'))).toEqual([true, true]);
    expect(screen.getAllByRole('button', {name: 'Wrap lines'}).map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'true']);
    expect(localStorage.getItem('latam-backend-path:code-wrap')).toBe('wrap');
    await act(async () => {
      fireEvent.click(screen.getAllByRole('button', {name: 'Copy'})[0]!);
    });
    expect(writeText).toHaveBeenCalledWith('first line\nsecond line');
  });

  it('reads the remembered choice after hydration', async () => {
    localStorage.setItem('latam-backend-path:code-wrap', 'wrap');
    forgetCodeWrap();
    const {container} = block();
    expect(container.querySelector('pre')!.classList.contains('wrapped')).toBe(false);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(container.querySelector('pre')!.classList.contains('wrapped')).toBe(true);
  });
});
