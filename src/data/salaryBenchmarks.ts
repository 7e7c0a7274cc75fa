import type {SourceKey} from './sources';

/** One published salary range. Every figure names the entry of `sources.ts` it comes from. */
export type SalaryBenchmark = {
  key: string;
  /** Short English label; the widget shows a translated one (widgets.salaryExplorer.range.<key>) */
  label: string;
  min: number;
  max: number;
  currency: 'USD';
  period: 'year';
  source: SourceKey;
};

/**
 * Senior backend engineers in Latin America hired by U.S. companies, yearly pay in USD, from
 * ParallelStaff's 2026 LATAM salary breakdown (a forward-looking benchmark, cited in LatoJobs' guide).
 * Only the three ranges the source gives: no other country, no derived figure.
 */
export const salaryBenchmarks = [
  {
    key: 'latam',
    label: 'Latin America',
    min: 55_000,
    max: 105_000,
    currency: 'USD',
    period: 'year',
    source: 'parallelStaffLatamSalaries2026',
  },
  {
    key: 'brazil',
    label: 'Brazil',
    min: 71_000,
    max: 105_000,
    currency: 'USD',
    period: 'year',
    source: 'parallelStaffLatamSalaries2026',
  },
  {
    key: 'argentina',
    label: 'Argentina',
    min: 55_000,
    max: 82_000,
    currency: 'USD',
    period: 'year',
    source: 'parallelStaffLatamSalaries2026',
  },
] as const satisfies readonly SalaryBenchmark[];
