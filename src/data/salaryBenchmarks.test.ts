import {describe, expect, it} from 'vitest';
import {salaryBenchmarks, type SalaryBenchmark} from './salaryBenchmarks';
import {sources, type DataSource} from './sources';

const benchmarks: readonly SalaryBenchmark[] = salaryBenchmarks;

describe('salary benchmarks', () => {
  it.each(benchmarks.map((b) => [b.key, b] as const))('%s is sourced, ordered, in USD a year', (_key, benchmark) => {
    const source: DataSource | undefined = sources[benchmark.source];
    expect(source, `unknown source ${benchmark.source}`).toBeDefined();
    expect(typeof source!.year === 'number' || source!.year === 'n.d.').toBe(true);
    expect(typeof source!.forecast).toBe('boolean');
    expect(Number.isFinite(benchmark.min) && Number.isFinite(benchmark.max)).toBe(true);
    expect(benchmark.min).toBeGreaterThan(0);
    expect(benchmark.min).toBeLessThanOrEqual(benchmark.max);
    expect(benchmark.currency).toBe('USD');
    expect(benchmark.period).toBe('year');
    expect(benchmark.label.trim()).not.toBe('');
  });

  it('has no duplicate keys', () => {
    const keys = benchmarks.map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('holds exactly the figures of the 2026 ParallelStaff breakdown, dated 2026 and marked as a forecast', () => {
    expect(benchmarks.map(({key, min, max, source}) => ({key, min, max, source}))).toEqual([
      {key: 'latam', min: 55000, max: 105000, source: 'parallelStaffLatamSalaries2026'},
      {key: 'brazil', min: 71000, max: 105000, source: 'parallelStaffLatamSalaries2026'},
      {key: 'argentina', min: 55000, max: 82000, source: 'parallelStaffLatamSalaries2026'},
    ]);
    expect(sources.parallelStaffLatamSalaries2026).toMatchObject({year: 2026, forecast: true});
  });
});
