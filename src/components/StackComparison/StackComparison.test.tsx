import React from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {act, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {renderToString} from 'react-dom/server';
import {hydrateRoot} from 'react-dom/client';
import StackComparison from './index';

const context = vi.hoisted(() => ({locale: 'en'}));
vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({siteConfig: {title: 'LATAM Backend Path', baseUrl: '/'}, i18n: {currentLocale: context.locale, defaultLocale: 'en'}}),
}));

const LESSON = '/docs/stacks/choosing-your-stacks/';
const visit = (address: string) => window.history.replaceState(null, '', address);
const address = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

const checkbox = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', {name});
const checked = () => screen.getAllByRole<HTMLInputElement>('checkbox').filter((box) => box.checked).map((box) => box.value);
const comparisonTable = () => screen.getByRole('table', {name: 'The selected stacks side by side'});
const chartTable = () => screen.getByRole('table', {name: /The chart as a table/});
const columns = () => within(comparisonTable()).getAllByRole('columnheader').map((th) => th.textContent);
const chartRows = () =>
  within(chartTable())
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent));
const status = () => screen.getByRole('status').textContent;

beforeEach(() => {
  context.locale = 'en';
  visit(LESSON);
});
afterEach(() => visit('/'));

describe('StackComparison', () => {
  it('renders the default selection on the server: checkboxes, table, chart, source and note', () => {
    const html = renderToString(<StackComparison />);
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const boxes = Array.from(doc.querySelectorAll<HTMLInputElement>('input[type=checkbox]'));
    expect(boxes.map((box) => [box.value, box.hasAttribute('checked')])).toEqual([
      ['node', true],
      ['python', false],
      ['java', false],
      ['csharp', false],
      ['go', true],
    ]);
    expect(doc.querySelector('fieldset > legend')?.textContent).toBe('Stacks to compare');
    expect(Array.from(doc.querySelectorAll('thead th[scope=col]')).slice(0, 2).map((th) => th.textContent)).toEqual([
      'Node.js with TypeScript',
      'Go',
    ]);
    expect(doc.body.textContent).toContain('Goroutines and channels');
    expect(doc.querySelector('svg[role=img] title')?.textContent).toBe(
      'Throughput as a multiple of the baseline. Node.js with TypeScript: No figure in the cited source; Go: 20.1× (Fiber).',
    );
    expect(doc.body.textContent).toContain(
      "Source: TechEmpower framework benchmark commentary (TechEmpower, 2025), as cited in the LatoJobs backend guide.",
    );
    expect(doc.body.textContent).toMatch(/ceiling of one framework in a synthetic test.*not a measure of your application/);
    expect(doc.querySelector('[role=status]')?.textContent).toBe('');
  });

  it('hydrates the server HTML without a mismatch, then applies the address', async () => {
    const html = renderToString(<StackComparison />);
    visit(`${LESSON}?compare=go,csharp`);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const onRecoverableError = vi.fn();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <StackComparison />, {onRecoverableError});
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(checked()).toEqual(['csharp', 'go']);
    errors.mockRestore();
    act(() => root!.unmount());
    container.remove();
  });

  it('changes the selection by keyboard, redraws table and chart, writes the address and announces it', async () => {
    visit(`${LESSON}?ref=mail#market-fit`);
    const historyLength = window.history.length;
    render(<StackComparison />);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(checkbox('Node.js with TypeScript'));
    await user.tab();
    expect(document.activeElement).toBe(checkbox('Python'));
    await user.keyboard(' ');
    expect(checked()).toEqual(['node', 'python', 'go']);
    expect(columns()).toEqual(['Node.js with TypeScript', 'Python', 'Go']);
    expect(chartRows()).toEqual([
      ['Node.js with TypeScript', 'No figure in the cited source'],
      ['Python', '1.9', 'Django'],
      ['Go', '20.1', 'Fiber'],
    ]);
    expect(screen.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
    expect(address()).toBe(`${LESSON}?ref=mail&compare=node,python,go#market-fit`);
    expect(window.history.length).toBe(historyLength);
    expect(status()).toBe('Comparing Node.js with TypeScript, Python, and Go.');

    await user.tab({shift: true});
    await user.keyboard(' ');
    expect(checked()).toEqual(['python', 'go']);
    expect(columns()).toEqual(['Python', 'Go']);
    expect(address()).toBe(`${LESSON}?ref=mail&compare=python,go#market-fit`);
    expect(status()).toBe('Comparing Python and Go.');
  });

  it('refuses a fourth stack with an announced message and changes nothing', async () => {
    visit(`${LESSON}?compare=node,python,go`);
    render(<StackComparison />);
    const user = userEvent.setup();
    await user.click(checkbox('Java with Spring Boot'));
    expect(checkbox('Java with Spring Boot').checked).toBe(false);
    expect(checked()).toEqual(['node', 'python', 'go']);
    expect(status()).toBe('You can compare at most three stacks. Clear one before adding Java with Spring Boot.');
    expect(address()).toBe(`${LESSON}?compare=node,python,go`);

    const first = screen.getByRole('status').firstElementChild;
    await user.click(checkbox('Java with Spring Boot'));
    expect(screen.getByRole('status').firstElementChild).not.toBe(first);
    expect(status()).toMatch(/at most three stacks/);
  });

  it('refuses to go below two stacks with an announced message', async () => {
    render(<StackComparison />);
    const user = userEvent.setup();
    await user.click(checkbox('Go'));
    expect(checkbox('Go').checked).toBe(true);
    expect(checked()).toEqual(['node', 'go']);
    expect(status()).toBe('Keep at least two stacks to compare. Choose another before clearing Go.');
    expect(address()).toBe(LESSON);
  });

  it('reads a valid address after mount and writes it back in the one canonical spelling', () => {
    visit(`${LESSON}?compare=go,csharp#top`);
    render(<StackComparison />);
    expect(checked()).toEqual(['csharp', 'go']);
    expect(columns()).toEqual(['C# with ASP.NET Core', 'Go']);
    expect(address()).toBe(`${LESSON}?compare=csharp,go#top`);
    expect(status()).toBe('');
  });

  it('leaves the address alone when it has no compare parameter', () => {
    visit(`${LESSON}?ref=mail#x`);
    render(<StackComparison />);
    expect(checked()).toEqual(['node', 'go']);
    expect(address()).toBe(`${LESSON}?ref=mail#x`);
  });

  it('keeps go from ?compare=cobol,,go, fills from the defaults, fixes the address and says so', () => {
    visit(`${LESSON}?ref=mail&compare=cobol,,go#top`);
    render(<StackComparison />);
    expect(checked()).toEqual(['node', 'go']);
    expect(address()).toBe(`${LESSON}?ref=mail&compare=node,go#top`);
    expect(status()).toBe('The link named unknown, repeated or too many stacks, so this shows Node.js with TypeScript and Go.');
  });

  it.each([
    ['java,python,go,node', ['python', 'java', 'go'], 'python,java,go'],
    ['PYTHON,python', ['node', 'python'], 'node,python'],
    ['', ['node', 'go'], 'node,go'],
    ['%3Cscript%3E', ['node', 'go'], 'node,go'],
  ])('handles ?compare=%s', (raw, keys, written) => {
    visit(`${LESSON}?compare=${raw}`);
    render(<StackComparison />);
    expect(checked()).toEqual(keys);
    expect(address()).toBe(`${LESSON}?compare=${written}`);
  });

  it('draws a scaled bar with its value and framework, and a labelled gap where there is no figure', () => {
    visit(`${LESSON}?compare=java,csharp,go`);
    const {container} = render(<StackComparison />);
    const chart = screen.getByRole('img');
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelector('title')?.textContent).toContain('C# with ASP.NET Core: 36.3× (ASP.NET)');
    const ticks = Array.from(chart.querySelectorAll('text')).map((t) => t.textContent).filter((t) => /^\d+×$/.test(t ?? ''));
    expect(ticks).toEqual(['0×', '10×', '20×', '30×', '40×']);
    const bar = (key: string) => container.querySelector(`g[data-stack=${key}]`)!;
    const width = (key: string) => Number(bar(key).querySelector('rect')!.getAttribute('width'));
    expect(bar('csharp').textContent).toBe('C# with ASP.NET Core36.3× (ASP.NET)');
    expect(bar('go').textContent).toBe('Go20.1× (Fiber)');
    expect(width('csharp') / width('go')).toBeCloseTo(36.3 / 20.1, 5);
    expect(bar('java').textContent).toBe('Java with Spring BootNo figure in the cited source');
    expect(bar('java').querySelector('rect')!.getAttribute('class')).toContain('gap');
    expect(chartRows()).toEqual([
      ['Java with Spring Boot', 'No figure in the cited source'],
      ['C# with ASP.NET Core', '36.3', 'ASP.NET'],
      ['Go', '20.1', 'Fiber'],
    ]);
  });

  it('puts the comparison table in a keyboard-focusable, named scroll region', () => {
    render(<StackComparison />);
    const regions = screen.getAllByRole('region');
    expect(regions.map((region) => [region.getAttribute('tabindex'), region.textContent?.length ? 'content' : ''])).toEqual([
      ['0', 'content'],
      ['0', 'content'],
    ]);
    expect(screen.getByRole('region', {name: 'The selected stacks side by side'}).contains(comparisonTable())).toBe(true);
    expect(within(comparisonTable()).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'Typical domains',
      'Strengths',
      'Trade-offs',
      'Concurrency model',
      'Ecosystem a team expects',
      'Web framework',
      'Validation',
      'Data access',
      'Migrations',
      'Testing',
      'Observability',
    ]);
  });

  it('formats numbers for the current locale', () => {
    context.locale = 'pt-BR';
    visit(`${LESSON}?compare=csharp,go`);
    render(<StackComparison />);
    expect(chartRows()).toEqual([
      ['C# with ASP.NET Core', '36,3', 'ASP.NET'],
      ['Go', '20,1', 'Fiber'],
    ]);
    expect(screen.getByRole('img').querySelector('title')?.textContent).toContain('36,3× (ASP.NET)');
  });

  it('prints every stack, whatever the selection: a hidden block with the five columns and five chart rows', () => {
    const {container} = render(<StackComparison />);
    const printed = container.querySelector('[hidden]')!;
    const [comparison, chart] = Array.from(printed.querySelectorAll("table"));
    expect(Array.from(comparison!.querySelectorAll("thead th"), (th) => th.textContent)).toEqual(['Node.js with TypeScript', 'Python', 'Java with Spring Boot', 'C# with ASP.NET Core', 'Go']);
    expect(chart!.querySelectorAll('tbody tr')).toHaveLength(5);
  });
});

