import React from 'react';
import {describe, expect, it, vi} from 'vitest';
import {render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {renderToString} from 'react-dom/server';
import SalaryExplorer from './index';

const input = () => screen.getByLabelText(/Your amount: an offer or a current salary/);
const status = () => screen.getByRole('status').textContent;
const marker = () => document.querySelector('[data-testid="salary-marker"]');
const errorText = () => screen.getByRole('alert').textContent;

async function typeAmount(text: string) {
  const user = userEvent.setup();
  await user.click(input());
  await user.clear(input());
  if (text) await user.keyboard(text);
  return user;
}

describe('SalaryExplorer', () => {
  it('renders the chart, the three ranges, their sources and the table on the server', () => {
    const html = renderToString(<SalaryExplorer />);
    expect(html).toContain('role="img"');
    expect(html).toMatch(/<table/);
    for (const [label, min, max] of [
      ['Latin America', '$55,000', '$105,000'],
      ['Brazil', '$71,000', '$105,000'],
      ['Argentina', '$55,000', '$82,000'],
    ]) {
      expect(html).toContain(`<th scope="row">${label}</th><td>${min}</td><td>${max}</td>`);
    }
    expect(html).toContain('inputMode="numeric"');
    expect(html).toContain('Type an amount to see where it falls against each range.');
    expect(html).not.toContain('salary-marker');
  });

  it('labels every range with its source, year and "forecast benchmark"', () => {
    render(<SalaryExplorer />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('th')!.textContent)).toEqual(['Latin America', 'Brazil', 'Argentina']);
    for (const row of rows) {
      expect(row.textContent).toContain('ParallelStaff, LATAM salary breakdown');
      expect(row.textContent).toContain('2026');
      expect(row.textContent).toContain('Forecast benchmark');
    }
    expect(screen.getByText('Latin America, Brazil, Argentina: ParallelStaff, LATAM salary breakdown, 2026. Forecast benchmark.')).toBeTruthy();
    // each bar is labelled with its range, and the axis has formatted USD ticks
    const chart = screen.getByRole('img');
    expect(chart.textContent).toContain('Brazil $71,000–$105,000');
    expect(chart.textContent).toContain('Argentina $55,000–$82,000');
    expect(chart.textContent).toContain('Latin America $55,000–$105,000');
    expect(Array.from(chart.querySelectorAll('text')).map((t) => t.textContent)).toEqual(expect.arrayContaining(['$40K', '$60K', '$80K', '$100K', '$120K']));
    expect(chart.getAttribute('aria-label')).toMatch(/^Senior backend engineers in Latin America hired by U\.S\. companies/);
  });

  it('says the figures are benchmarks, cites the guide for local pay, and that nothing is stored or sent', () => {
    render(<SalaryExplorer />);
    expect(screen.getByText(/These ranges are benchmarks, not a promise of pay\. Local employers usually pay well below international remote roles/).textContent).toContain(
      'LatoJobs, Backend Software Developer: A Guide for LATAM Talent',
    );
    expect(screen.getByText('What you type stays on this page: nothing is stored or sent.')).toBeTruthy();
  });

  it('places a value below every range', async () => {
    render(<SalaryExplorer />);
    await typeAmount('50000');
    expect(status()).toBe(
      '$50,000 a year is below the Latin America range, $5,000 under its low end; below the Brazil range, $21,000 under its low end; below the Argentina range, $5,000 under its low end.',
    );
    expect(marker()!.textContent).toBe('Your amount: $50,000');
  });

  it('places a value inside, with its third and position, and outside where it is', async () => {
    render(<SalaryExplorer />);
    await typeAmount('65,000');
    expect(status()).toBe(
      '$65,000 a year is inside the Latin America range, in its lower third (position 0.20); below the Brazil range, $6,000 under its low end; inside the Argentina range, in its middle third (position 0.37).',
    );
    expect(marker()).not.toBeNull();
    expect(input().getAttribute('aria-invalid')).toBeNull();
  });

  it('reads 65.000 as sixty-five thousand and names the exact ends', async () => {
    render(<SalaryExplorer />);
    await typeAmount('105.000');
    expect(status()).toBe(
      '$105,000 a year is exactly at the top end of the Latin America range; exactly at the top end of the Brazil range; above the Argentina range, $23,000 over its top end.',
    );
  });

  it('places a value above every range and stretches the axis to show it', async () => {
    render(<SalaryExplorer />);
    await typeAmount('150000');
    expect(status()).toMatch(/^\$150,000 a year is above the Latin America range, \$45,000 over its top end;/);
    const ticks = Array.from(screen.getByRole('img').querySelectorAll('text')).map((t) => t.textContent);
    expect(ticks).toContain('$150K');
  });

  it('removes the marker when the field is cleared', async () => {
    render(<SalaryExplorer />);
    const user = await typeAmount('80000');
    expect(marker()).not.toBeNull();
    await user.clear(input());
    expect(marker()).toBeNull();
    expect(status()).toBe('Type an amount to see where it falls against each range.');
  });

  it('shows a negative or non-number at once, linked to the field', async () => {
    render(<SalaryExplorer />);
    await typeAmount('-5000');
    expect(errorText()).toBe('A salary cannot be negative. Type the amount without a minus sign.');
    const field = input();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent);
    expect(described).toContain('A salary cannot be negative. Type the amount without a minus sign.');
    expect(status()).toBe('Nothing is placed on the chart.');
    expect(marker()).toBeNull();

    await typeAmount('sixty thousand');
    expect(errorText()).toBe('Type the amount in digits only, for example 65000.');
  });

  it('waits until the field is left before calling a half-typed amount wrong', async () => {
    render(<SalaryExplorer />);
    const user = await typeAmount('65,00');
    expect(errorText()).toBe('');
    expect(input().getAttribute('aria-describedby')).not.toMatch(/error/);
    await user.tab();
    expect(errorText()).toBe('Use whole dollars with no cents, and group thousands in threes: 65000, 65,000 or 65.000.');
    expect(input().getAttribute('aria-describedby')).toMatch(/error/);
  });

  it('rejects absurd amounts: too small on Enter, too large at once', async () => {
    render(<SalaryExplorer />);
    await typeAmount('500');
    expect(errorText()).toBe('');
    await userEvent.setup().keyboard('{Enter}');
    expect(errorText()).toBe('Type a yearly amount of at least $1,000. For a monthly figure, multiply it by 12 first.');

    await typeAmount('5000000');
    expect(errorText()).toBe('That is more than $1,000,000 a year. Check the number of zeros.');
    expect(marker()).toBeNull();
  });

  it('notes that a small amount may be monthly', async () => {
    render(<SalaryExplorer />);
    await typeAmount('6000');
    expect(status()).toMatch(/If this is a monthly figure, multiply it by 12 first\.$/);
  });

  it('stores nothing and sends nothing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const before = window.location.href;
    render(<SalaryExplorer />);
    await typeAmount('70000');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(setItem).not.toHaveBeenCalled();
    expect(window.location.href).toBe(before);
    fetchSpy.mockRestore();
    setItem.mockRestore();
  });
});
