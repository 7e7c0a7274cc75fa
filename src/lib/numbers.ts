/**
 * Numbers, dollar amounts, lists and plural forms written as Intl writes them in the site's three
 * locales, without Intl.
 *
 * A component that builds its first Intl.NumberFormat, Intl.ListFormat or Intl.PluralRules while
 * hydrating makes the browser load that locale's data: about 30 ms of main thread on this project's test machine (0.12 s in
 * Lighthouse's 4x CPU slowdown) inside one task, which no scheduler can split. The site needs only
 * separators, a currency pattern, two compact units, a list conjunction and a singular rule per locale; numbers.test.ts
 * checks these tables against Intl over wide ranges. Any other locale, and anything outside the tables
 * (amounts of a billion or more, a Spanish list whose last item would turn "y" into "e"), uses Intl.
 */
type FractionDigits = {minimumFractionDigits?: number; maximumFractionDigits?: number};

type LocaleNumbers = {
  decimal: string;
  group: string;
  /** Integer digits from which thousands are grouped: Spanish writes 1234 but 12.345. */
  groupFromDigits: number;
  usd: (amount: string) => string;
  thousand: string;
  million: string;
  and: string;
  /** "A, B, and C" rather than "A, B and C". */
  serialComma: boolean;
  /** Whole numbers that take the singular ("one") form. */
  singular: (count: number) => boolean;
};

const NBSP = '\u00a0';

/** The Intl locale whose conventions a site locale follows, for what the tables below do not cover. */
export const intlLocale = (locale: string): string => (locale === 'es' ? 'es-419' : locale);

const NUMBERS: Record<string, LocaleNumbers> = {
  en: {decimal: '.', group: ',', groupFromDigits: 4, usd: (amount) => `$${amount}`, thousand: 'K', million: 'M', and: 'and', serialComma: true, singular: (count) => count === 1},
  // Latin American Spanish (Intl's es-419), as the Spanish lessons write numbers and money (STYLEGUIDE.md):
  // "USD 55,000", "36.3"; thousands on an axis as "USD 40 mil", like the Portuguese pages.
  es: {decimal: '.', group: ',', groupFromDigits: 4, usd: (amount) => `USD${NBSP}${amount}`, thousand: `${NBSP}mil`, million: `${NBSP}M`, and: 'y', serialComma: false, singular: (count) => count === 1},
  'pt-BR': {decimal: ',', group: '.', groupFromDigits: 4, usd: (amount) => `US$${NBSP}${amount}`, thousand: `${NBSP}mil`, million: `${NBSP}mi`, and: 'e', serialComma: false, singular: (count) => count === 0 || count === 1},
};

/** Rounds half away from zero on the shortest decimal form of `value`, as Intl does. */
function roundTo(value: number, digits: number): number {
  const magnitude = Math.round(Number(`${Math.abs(value)}e${digits}`)) / 10 ** digits;
  return value < 0 ? -magnitude : magnitude;
}

function digitsOf(value: number, {minimumFractionDigits = 0, maximumFractionDigits = Math.max(minimumFractionDigits, 3)}: FractionDigits, symbols: LocaleNumbers): string {
  const [integer = '0', fraction = ''] = Math.abs(roundTo(value, maximumFractionDigits)).toFixed(maximumFractionDigits).split('.');
  let kept = fraction;
  while (kept.length > minimumFractionDigits && kept.endsWith('0')) kept = kept.slice(0, -1);
  const grouped = integer.length < symbols.groupFromDigits ? integer : integer.replace(/\B(?=(\d{3})+$)/g, symbols.group);
  return kept ? `${grouped}${symbols.decimal}${kept}` : grouped;
}

const sign = (value: number, digits: number): string => (roundTo(value, digits) < 0 ? '-' : '');

/** Like `new Intl.NumberFormat(locale, digits).format(value)`. */
export function formatNumber(value: number, locale: string, digits: FractionDigits = {}): string {
  const symbols = NUMBERS[locale];
  if (!symbols || !Number.isFinite(value)) return new Intl.NumberFormat(intlLocale(locale), digits).format(value);
  return `${sign(value, digits.maximumFractionDigits ?? 3)}${digitsOf(value, digits, symbols)}`;
}

/** Whole US dollars: "$12,345", "USD 12,345", "US$ 12.345". */
export function formatUsd(value: number, locale: string): string {
  const symbols = NUMBERS[locale];
  if (!symbols || !Number.isFinite(value)) {
    return new Intl.NumberFormat(intlLocale(locale), {style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0}).format(value);
  }
  return `${sign(value, 0)}${symbols.usd(digitsOf(value, {maximumFractionDigits: 0}, symbols))}`;
}

/** US dollars for a chart axis, to one decimal in thousands or millions: "$1.5K", "USD 1.5 mil", "US$ 2 mi". */
export function formatUsdCompact(value: number, locale: string): string {
  const symbols = NUMBERS[locale];
  const magnitude = Math.abs(value);
  if (!symbols || !Number.isFinite(value) || roundTo(magnitude / 1e6, 1) >= 1000) {
    return new Intl.NumberFormat(intlLocale(locale), {style: 'currency', currency: 'USD', minimumFractionDigits: 0, notation: 'compact', maximumFractionDigits: 1}).format(value);
  }
  // The unit is chosen after rounding, so 999,999 is "$1M", not "$1000K".
  const [scaled, unit] =
    roundTo(magnitude, 1) < 1000 ? [magnitude, ''] : roundTo(magnitude / 1e3, 1) < 1000 ? [magnitude / 1e3, symbols.thousand] : [magnitude / 1e6, symbols.million];
  return `${sign(value, 1)}${symbols.usd(`${digitsOf(scaled, {maximumFractionDigits: 1}, symbols)}${unit}`)}`;
}

/** Like `new Intl.ListFormat(locale, {type: 'conjunction'}).format(items)`. */
export function formatList(items: readonly string[], locale: string): string {
  const symbols = NUMBERS[locale];
  const last = items.at(-1) ?? '';
  // Spanish writes "e" instead of "y" before an "i" sound; Intl knows the exceptions.
  if (!symbols || (locale === 'es' && /^h?i/i.test(last))) return new Intl.ListFormat(locale, {type: 'conjunction'}).format(items);
  if (items.length < 2) return last;
  const head = items.slice(0, -1).join(', ');
  return `${head}${symbols.serialComma && items.length > 2 ? ',' : ''} ${symbols.and} ${last}`;
}

/**
 * Picks from a "singular|plural" message (the theme's plural message format) for a whole number, as the
 * locale's Intl.PluralRules would: the singular form for its "one" category, the plural otherwise.
 */
export function pluralMessage(count: number, locale: string, message: string): string {
  const [singular = '', plural = singular] = message.split('|');
  const symbols = NUMBERS[locale];
  const one = symbols && Number.isInteger(count) ? symbols.singular(count) : new Intl.PluralRules(locale).select(count) === 'one';
  return one ? singular : plural;
}
