import React from 'react';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {render, screen, waitFor} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {renderToString} from 'react-dom/server';
import {history} from '@site/tests/unit/mocks/router';
import type {PagefindFragment} from '@site/src/lib/search';
import SearchBox from './SearchBox';

const pagefind = vi.hoisted(() => ({
  search: vi.fn(),
  load: vi.fn(),
}));
vi.mock('./pagefind', () => ({loadPagefind: pagefind.load}));
vi.mock('@docusaurus/theme-common', () => ({
  usePluralForm: () => ({selectMessage: (count: number, message: string) => message.split('|')[count === 1 ? 0 : 1]}),
}));
vi.mock('@docusaurus/plugin-content-docs/client', () => ({
  useActiveVersion: () => undefined,
  useLatestVersion: () => ({name: '2026'}),
  useVersions: () => [{name: 'current'}, {name: '2026'}],
}));

const fragment = (slug: string): PagefindFragment => ({
  url: `/docs/${slug}/`,
  excerpt: '',
  meta: {title: `Lesson ${slug}`},
  content: 'about idempotency keys',
  locations: [1],
  sub_results: [{title: 'Keys', url: `/docs/${slug}/#keys`, excerpt: 'about <mark>idempotency</mark> keys', anchor: {id: 'keys'}, weighted_locations: [{balanced_score: 1}]}],
});

beforeEach(() => {
  history.push.mockClear();
  pagefind.search.mockReset();
  pagefind.load.mockReset();
  pagefind.load.mockResolvedValue({search: pagefind.search});
  pagefind.search.mockResolvedValue({results: ['a', 'b'].map((slug) => ({data: async () => fragment(slug)}))});
});

const box = () => screen.getByRole('combobox', {name: 'Search the lessons'});

describe('SearchBox', () => {
  it('renders a closed combobox on the server, and loads nothing until the field is used', () => {
    const html = renderToString(<SearchBox />);
    expect(html).toContain('role="combobox"');
    expect(html).toContain('aria-expanded="false"');
    render(<SearchBox />);
    expect(pagefind.load).not.toHaveBeenCalled();
  });

  it("searches the reader's edition, lists lessons at their section, and moves through them by keyboard", async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.click(box());
    expect(pagefind.load).toHaveBeenCalled();
    await user.type(box(), 'idempotency');
    await screen.findByRole('option', {name: /Lesson a/});
    expect(pagefind.search).toHaveBeenLastCalledWith('idempotency', {filters: {edition: '2026'}});
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('2 lessons found');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Lesson aKeysabout idempotency keys',
      'Lesson bKeysabout idempotency keys',
      'All results for “idempotency”',
    ]);
    expect(screen.getAllByText('idempotency', {selector: 'mark'})).toHaveLength(2);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = screen.getAllByRole('option')[1]!;
    expect(box().getAttribute('aria-activedescendant')).toBe(second.id);
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(box());
    await user.keyboard('{Enter}');
    expect(history.push).toHaveBeenLastCalledWith('/docs/b/#keys');
    expect(box().getAttribute('aria-expanded')).toBe('false');
  });

  it('widens to every edition, opens the search page on Enter, and closes then clears on Escape', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(box(), 'idempotency');
    await user.click(screen.getByRole('checkbox', {name: 'Include every edition'}));
    await waitFor(() => expect(pagefind.search).toHaveBeenLastCalledWith('idempotency', {filters: undefined}));
    await user.click(box());
    await user.keyboard('{Escape}');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect((box() as HTMLInputElement).value).toBe('idempotency');
    await user.keyboard('{Escape}');
    expect((box() as HTMLInputElement).value).toBe('');
    await user.type(box(), 'retries');
    await user.keyboard('{Enter}');
    expect(history.push).toHaveBeenLastCalledWith('/search/?q=retries');
  });

  it('says when nothing matches, and that search needs a connection when the index cannot be downloaded', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    pagefind.search.mockResolvedValue({results: []});
    await user.type(box(), 'zzqxwv');
    await screen.findByText('No lesson matches “zzqxwv”.');
    pagefind.search.mockRejectedValue(new TypeError('Failed to fetch'));
    await user.type(box(), 'z');
    await screen.findByText(/Search needs a connection/);
  });
});
