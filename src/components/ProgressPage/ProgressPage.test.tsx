import React from 'react';
import {describe, expect, it} from 'vitest';
import {act, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ProgressPage from './index';
import {progressStore} from '@site/src/lib/progress-store';
import type {Curriculum} from '@site/src/lib/curriculum';

const curriculum: Curriculum = {
  edition: 'next',
  label: 'Next',
  isLatest: true,
  released: false,
  totals: {modules: 1, lessons: 1, minutes: 60, checklistItems: 2},
  modules: [
    {
      id: 'the-role',
      title: 'The role',
      permalink: '/docs/the-role/',
      objectives: [],
      minutes: 60,
      lessons: [
        {
          id: 'the-role/api-design',
          title: 'API design',
          permalink: '/docs/the-role/api-design/',
          url: 'https://example.org/docs/the-role/api-design/',
          minutes: 60,
          level: 'mid',
          objectives: [],
          checklist: [
            {id: 'api-idempotency-keys', label: 'I can explain idempotency keys.'},
            {id: 'api-cursor-pagination', label: 'I can page with a cursor.'},
          ],
        },
      ],
    },
  ],
};

const file = (text: string) => new File([text], 'progress.json', {type: 'application/json'});

describe('ProgressPage', () => {
  it('counts ticks per module and lists what is left', () => {
    act(() => {
      progressStore.reset();
      progressStore.setTicked('api-idempotency-keys', true);
    });
    render(<ProgressPage curricula={{editions: [curriculum]}} />);
    const module = screen.getByRole('region', {name: 'The role'});
    expect(within(module).getByText('1 of 2 items')).toBeTruthy();
    expect(within(module).getByText('I can page with a cursor.')).toBeTruthy();
    expect(within(module).queryByText('I can explain idempotency keys.')).toBeNull();
    expect(screen.getByText(/^Last activity:/)).toBeTruthy();
  });

  it('rejects a malformed import with a message and keeps progress', async () => {
    act(() => {
      progressStore.reset();
      progressStore.setTicked('api-idempotency-keys', true);
    });
    const {container} = render(<ProgressPage curricula={{editions: [curriculum]}} />);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    await userEvent.setup().upload(input, file('{"schemaVersion": 2, "ticks": {"__proto__": {}}}'));
    expect((await screen.findByRole('alert')).textContent).toBe('This file can\'t be imported: it contains the key "__proto__", which is not allowed. Nothing was changed.');
    expect(Object.keys(progressStore.getSnapshot().record.ticks)).toEqual(['api-idempotency-keys']);
  });

  it('imports a good file by merging', async () => {
    act(() => progressStore.reset());
    const {container} = render(<ProgressPage curricula={{editions: [curriculum]}} />);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    await userEvent.setup().upload(input, file(JSON.stringify({schemaVersion: 2, ticks: {'api-cursor-pagination': '2026-01-01T00:00:00.000Z'}})));
    expect((await screen.findByText(/Imported\. 1 new ticks/)).textContent).toBeTruthy();
    expect(within(screen.getByRole('region', {name: 'The role'})).getByText('1 of 2 items')).toBeTruthy();
  });

  it('resets only after confirmation', async () => {
    act(() => {
      progressStore.reset();
      progressStore.setTicked('api-idempotency-keys', true);
    });
    render(<ProgressPage curricula={{editions: [curriculum]}} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', {name: 'Reset progress'}));
    await user.click(screen.getByRole('button', {name: 'Cancel'}));
    expect(Object.keys(progressStore.getSnapshot().record.ticks)).toHaveLength(1);
    await user.click(screen.getByRole('button', {name: 'Reset progress'}));
    await user.click(screen.getByRole('button', {name: 'Yes, erase'}));
    expect(progressStore.getSnapshot().record.ticks).toEqual({});
  });

  it('counts lessons read beside ticks, marks read lessons, and continues where the learner stopped', () => {
    act(() => {
      progressStore.reset();
      progressStore.setTicked('api-idempotency-keys', true);
      progressStore.setRead('the-role/api-design', true);
      progressStore.setPlace('en', {lesson: 'the-role/api-design', title: 'API design', permalink: '/docs/the-role/api-design/', section: 'errors'});
    });
    render(<ProgressPage curricula={{editions: [curriculum]}} />);
    expect(screen.getByTestId('overall-counts').textContent).toBe('1 of 1 lessons read, 1 of 2 checklist items ticked');
    expect(screen.getByRole('link', {name: 'Continue: API design'}).getAttribute('href')).toBe('/docs/the-role/api-design/#errors');
    const module = screen.getByRole('region', {name: 'The role'});
    expect(within(module).getByRole('link', {name: 'API design'}).closest('li')?.textContent).toContain('(read)');
  });

  it('offers "Start here" to a first-time visitor', () => {
    act(() => progressStore.reset());
    render(<ProgressPage curricula={{editions: [curriculum]}} />);
    expect(screen.getByRole('link', {name: 'Start here'}).getAttribute('href')).toBe('/docs/the-role/');
    expect(screen.queryByRole('link', {name: /^Continue/})).toBeNull();
  });

  it('lists the current edition first and names the unreleased one as a draft', () => {
    act(() => progressStore.reset());
    const released = {...curriculum, edition: '2026', label: '2026', isLatest: true, released: true};
    render(<ProgressPage curricula={{editions: [{...curriculum, isLatest: false}, released]}} />);
    const labels = screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent?.trim());
    expect(labels).toEqual(['2026 (current edition)', 'Next edition (draft, not released yet)']);
  });
});
