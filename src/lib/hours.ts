import {formatNumber} from './numbers';

/** Minutes to hours, rounded to the half hour and written the locale's way ("5.5", "5,5"). */
export function formatHours(minutes: number, locale = 'en'): string {
  return formatNumber(Math.round((minutes / 60) * 2) / 2, locale);
}
