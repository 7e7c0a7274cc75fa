/**
 * Dates as the theme shows them ("Dec 5, 2026", "5 dic 2026", "5 de dez. de 2026"), without Intl.
 *
 * The theme formats "Last updated" and blog dates with a new Intl.DateTimeFormat on every page. In a
 * phone's browser the first one loads the locale's calendar data: about 50 ms of main thread on this
 * project's test machine (0.2 s in Lighthouse's 4x CPU slowdown), for one date. The site's three
 * locales need only month names and a word order; dates.test.ts checks every day of a year against
 * Intl in each locale. A locale without a table here falls back to Intl.
 */
export type MonthWidth = 'short' | 'long';

type LocaleDates = {months: Record<MonthWidth, readonly string[]>; pattern: Record<MonthWidth, (day: number, month: string, year: number) => string>};

const both = (pattern: (day: number, month: string, year: number) => string) => ({short: pattern, long: pattern});

const DATES: Record<string, LocaleDates> = {
  en: {
    months: {
      short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
      long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    },
    pattern: both((day, month, year) => `${month} ${day}, ${year}`),
  },
  es: {
    months: {
      short: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
      long: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    },
    pattern: {short: (day, month, year) => `${day} ${month} ${year}`, long: (day, month, year) => `${day} de ${month} de ${year}`},
  },
  'pt-BR': {
    months: {
      short: ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'],
      long: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    },
    pattern: both((day, month, year) => `${day} de ${month} de ${year}`),
  },
};

/** The UTC calendar date of `date`, written as Intl would with {day: numeric, month: width, year: numeric}. */
export function formatDate(date: Date | string | number, locale: string, width: MonthWidth): string {
  const at = new Date(date);
  const dates = DATES[locale];
  if (!dates) return new Intl.DateTimeFormat(locale, {day: 'numeric', month: width, year: 'numeric', timeZone: 'UTC'}).format(at);
  return dates.pattern[width](at.getUTCDate(), dates.months[width][at.getUTCMonth()]!, at.getUTCFullYear());
}
