import {describe, expect, it} from 'vitest';
import {formatList, formatNumber, formatUsd, formatUsdCompact, intlLocale, pluralMessage} from './numbers';

const LOCALES = ['en', 'es', 'pt-BR'];

/** Spanish follows Latin American Spanish (es-419), whose compact thousands are "K"/"k"; the site writes "mil". */
const compactAsSite = (text: string, locale: string): string => (locale === 'es' ? text.replace(/\u00a0[kK]$/, '\u00a0mil') : text);

/** Integers across every magnitude the widgets show, with the rounding edges near each unit. */
const integers = [
  ...Array.from({length: 2001}, (_, i) => i),
  ...Array.from({length: 500}, (_, i) => 1000 + i * 997),
  ...Array.from({length: 300}, (_, i) => 500_000 + i * 33_331),
  999, 999.5, 9_999, 99_949, 99_950, 999_499, 999_500, 999_949, 999_950, 999_999, 1_000_000, 1_049_999, 1_050_000, 9_999_999, 999_949_999,
  -1, -999, -1_234, -1_500, -12_345_678,
];
const fractions = [...Array.from({length: 1000}, (_, i) => i / 1000 + 0.0005), 0.05, 0.15, 0.25, 0.35, 1.005, 2.675, 1.45, 12_345.678, 0.999, 9.95, 99.95];

function mismatches(values: number[], ours: (value: number) => string, intl: (value: number) => string): string[] {
  return values.filter((value) => ours(value) !== intl(value)).map((value) => `${value}: ${ours(value)} ≠ ${intl(value)}`);
}

describe.each(LOCALES)('in %s', (locale) => {
  it.each([
    {},
    {maximumFractionDigits: 0},
    {minimumFractionDigits: 1, maximumFractionDigits: 1},
    {minimumFractionDigits: 2, maximumFractionDigits: 2},
  ])('formatNumber writes numbers as Intl does with %o', (digits) => {
    const intl = new Intl.NumberFormat(intlLocale(locale), digits);
    expect(mismatches([...integers, ...fractions], (value) => formatNumber(value, locale, digits), (value) => intl.format(value))).toEqual([]);
  });

  it('formatUsd writes whole dollars as Intl does', () => {
    const intl = new Intl.NumberFormat(intlLocale(locale), {style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0});
    expect(mismatches([...integers, ...fractions], (value) => formatUsd(value, locale), (value) => intl.format(value))).toEqual([]);
  });

  it('formatUsdCompact writes axis labels as Intl does, choosing the unit after rounding', () => {
    const intl = new Intl.NumberFormat(intlLocale(locale), {style: 'currency', currency: 'USD', minimumFractionDigits: 0, notation: 'compact', maximumFractionDigits: 1});
    expect(mismatches([...integers, 2_000_000_000], (value) => formatUsdCompact(value, locale), (value) => compactAsSite(intl.format(value), locale))).toEqual([]);
  });

  it('formatList joins 0 to 5 items as Intl does', () => {
    const intl = new Intl.ListFormat(locale, {type: 'conjunction'});
    const names = ['Node.js with TypeScript', 'Python', 'Java with Spring Boot', 'C# with ASP.NET Core', 'Go'];
    const lists = names.map((_, n) => names.slice(0, n + 1)).concat([[]], [['Go', 'Ida']], [['Go', 'Hilo']]);
    expect(lists.filter((items) => formatList(items, locale) !== intl.format(items))).toEqual([]);
  });

  it('pluralMessage picks the singular exactly where Intl.PluralRules says "one"', () => {
    const rules = new Intl.PluralRules(locale);
    const counts = Array.from({length: 2001}, (_, i) => i).concat([1_000_000, 2_000_000]);
    expect(counts.filter((count) => (pluralMessage(count, locale, 'one|other') === 'one') !== (rules.select(count) === 'one'))).toEqual([]);
  });
});

describe('one number format per locale', () => {
  it('writes Spanish as the Spanish lessons do (comma for thousands, point for decimals, USD first) and Portuguese the Brazilian way', () => {
    expect(formatNumber(2.5, 'es')).toBe('2.5');
    expect(formatNumber(2700, 'es')).toBe('2,700');
    expect(formatUsd(55_000, 'es')).toBe('USD\u00a055,000');
    expect(formatUsdCompact(40_000, 'es')).toBe('USD\u00a040\u00a0mil');
    expect(formatNumber(5.5, 'pt-BR')).toBe('5,5');
    expect(formatNumber(2700, 'pt-BR')).toBe('2.700');
    expect(formatUsd(55_000, 'pt-BR')).toBe('US$\u00a055.000');
  });
});

describe('pluralMessage', () => {
  it('uses the only form a message has', () => {
    expect(pluralMessage(3, 'en', '{n} min read')).toBe('{n} min read');
  });
});

describe('formatting in a locale without a table', () => {
  it('falls back to Intl', () => {
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    expect(formatUsd(1234, 'fr')).toBe(new Intl.NumberFormat('fr', {style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0}).format(1234));
    expect(formatList(['a', 'b'], 'de')).toBe('a und b');
    expect(pluralMessage(1, 'fr', 'un|plusieurs')).toBe('un');
  });
});
