import {describe, expect, it} from 'vitest';
import {formatDate, type MonthWidth} from './dates';

const everyDayOf2026 = Array.from({length: 365}, (_, day) => new Date(Date.UTC(2026, 0, 1 + day)));

describe.each(['en', 'es', 'pt-BR'])('formatDate in %s', (locale) => {
  it.each<MonthWidth>(['short', 'long'])('writes every day of a year as Intl does (%s months)', (width) => {
    const intl = new Intl.DateTimeFormat(locale, {day: 'numeric', month: width, year: 'numeric', timeZone: 'UTC'});
    const mismatches = everyDayOf2026.filter((date) => formatDate(date, locale, width) !== intl.format(date));
    expect(mismatches.map((date) => `${date.toISOString().slice(0, 10)}: ${formatDate(date, locale, width)} ≠ ${intl.format(date)}`)).toEqual([]);
  });
});

describe('formatDate', () => {
  it('uses the UTC date, as the theme does', () => {
    expect(formatDate('2026-12-05T23:30:00-05:00', 'en', 'short')).toBe('Dec 6, 2026');
  });
  it('falls back to Intl for a locale it has no table for', () => {
    expect(formatDate(Date.UTC(2026, 11, 5), 'fr', 'long')).toBe('5 décembre 2026');
  });
});
