import React from 'react';
import {describe, expect, it, vi} from 'vitest';
import {render, screen, act, waitFor} from '@testing-library/react';
import {hydrateRoot, type Root} from 'react-dom/client';
import userEvent from '@testing-library/user-event';
import {renderToString} from 'react-dom/server';
import {Checklist, ChecklistItem} from './index';
import {progressStore, STORAGE_KEY} from '@site/src/lib/progress-store';
import {setHydrating} from '@site/src/lib/hydration';
import {emptyProgress} from '@site/src/lib/progress';

/** The page as the server writes it: rendered where there is no window. */
function serverHtml(): string {
  vi.stubGlobal('window', undefined);
  try {
    return renderToString(lessonChecklist);
  } finally {
    vi.unstubAllGlobals();
  }
}

const lessonChecklist = (
  <Checklist>
    <ChecklistItem id="api-idempotency-keys">I can explain idempotency keys.</ChecklistItem>
    <ChecklistItem id="api-cursor-pagination">I can page with a cursor.</ChecklistItem>
    <ChecklistItem id="api-problem-details">I can write a problem details body.</ChecklistItem>
  </Checklist>
);

describe('Checklist', () => {
  it('renders on the server as labelled checkboxes with a static count', () => {
    progressStore.setTicked('api-idempotency-keys', true);
    const html = serverHtml();
    expect(html).toContain('type="checkbox" id="checklist-api-idempotency-keys"');
    expect(html).toContain('<label for="checklist-api-idempotency-keys">I can explain idempotency keys.</label>');
    expect(html).toMatch(/role="status">3 items</);
    expect(html).not.toContain('checked');
  });

  it('hydrates without a mismatch, then shows the stored ticks', async () => {
    act(() => progressStore.reset());
    const container = document.createElement('div');
    container.innerHTML = serverHtml();
    document.body.append(container);
    progressStore.setTicked('api-cursor-pagination', true);
    const recoverableErrors: unknown[] = [];
    let root: Root | undefined;
    setHydrating(true);
    try {
      await act(async () => {
        root = hydrateRoot(container, lessonChecklist, {onRecoverableError: (error) => recoverableErrors.push(error)});
      });
    } finally {
      setHydrating(false);
    }
    expect(recoverableErrors).toEqual([]);
    await waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toBe('1 of 3 done'));
    expect(container.querySelector<HTMLInputElement>('#checklist-api-cursor-pagination')?.checked).toBe(true);
    act(() => root?.unmount());
    container.remove();
  });

  it('ticks by keyboard, counts, and saves to localStorage', async () => {
    act(() => progressStore.reset());
    render(lessonChecklist);
    const user = userEvent.setup();
    expect(screen.getByRole('status').textContent).toBe('0 of 3 done');
    await user.tab();
    expect(screen.getByRole('checkbox', {name: 'I can explain idempotency keys.'})).toHaveProperty('checked', false);
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', {name: 'I can explain idempotency keys.'})).toHaveProperty('checked', true);
    expect(screen.getByRole('status').textContent).toBe('1 of 3 done');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).ticks).toHaveProperty('api-idempotency-keys');
    await user.click(screen.getByLabelText('I can explain idempotency keys.'));
    expect(screen.getByRole('status').textContent).toBe('0 of 3 done');
  });

  it('shows every checklist on the page the same ticks', async () => {
    act(() => progressStore.reset());
    render(
      <>
        {lessonChecklist}
        <Checklist>
          <ChecklistItem id="api-idempotency-keys">Same item, elsewhere.</ChecklistItem>
        </Checklist>
      </>,
    );
    await userEvent.setup().click(screen.getByLabelText('I can explain idempotency keys.'));
    expect(screen.getByLabelText('Same item, elsewhere.')).toHaveProperty('checked', true);
  });

  it('tells the learner when ticks cannot be saved', () => {
    act(() => progressStore.reset());
    const spy = vi.spyOn(progressStore, 'getSnapshot').mockReturnValue({record: emptyProgress(), status: 'unavailable'});
    render(lessonChecklist);
    expect(screen.getByRole('alert').textContent).toMatch(/not letting the site save data/);
    spy.mockRestore();
  });
});
