import React from 'react';
import {act, fireEvent, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import CodeBlock from './index';

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
});
