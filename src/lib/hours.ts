/**
 * Minutes to hours, rounded to the half hour and written the locale's way ("5.5", "5,5"). Pages get
 * these strings from the build (the curriculum summary, the module summaries) rather than formatting
 * in the browser, where the first Intl.NumberFormat costs a slow phone tens of milliseconds.
 */
export function formatHours(minutes: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale).format(Math.round((minutes / 60) * 2) / 2);
}
