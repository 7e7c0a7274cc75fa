import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../content-files';
import {budgetMisses} from './run.mjs';

const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8'));

const page = (overrides: Partial<Parameters<typeof budgetMisses>[0][number]> = {}) => ({
  name: 'lesson with math',
  path: '/docs/the-role/reliability/',
  performance: 0.99,
  accessibility: 1,
  'best-practices': 1,
  seo: 1,
  cumulativeLayoutShift: 0,
  totalBlockingTimeMs: 120,
  totalBlockingTimeRunsMs: [90, 120, 310],
  largestContentfulPaintMs: 1600,
  benchmarkIndex: 900,
  javascriptKb: 185.3,
  cssKb: 21,
  ...overrides,
});

describe('budgetMisses', () => {
  it('finds nothing when every figure is within its budget, whatever the single runs were', () => {
    expect(budgetMisses([page()], 40, budgets)).toEqual([]);
  });

  it('names the page, the figure and the budget for each miss', () => {
    const misses = budgetMisses([page({performance: 0.97, totalBlockingTimeMs: 206.50000000000034, cumulativeLayoutShift: 0.002, javascriptKb: 201})], 121, budgets);
    expect(misses).toEqual([
      'lesson with math (/docs/the-role/reliability/): performance 0.97 < 0.98',
      'lesson with math (/docs/the-role/reliability/): CLS 0.002 > 0',
      'lesson with math (/docs/the-role/reliability/): total blocking time 206.5 ms > 150 ms',
      'lesson with math (/docs/the-role/reliability/): JavaScript 201 KB gzip > 200 KB',
      'full build 121 s > 120 s',
    ]);
  });

  it('counts a figure exactly on its budget as met', () => {
    expect(budgetMisses([page({performance: 0.98, totalBlockingTimeMs: 150, javascriptKb: 200})], 120, budgets)).toEqual([]);
  });

  it('checks the capstone checker run time and file size against their budgets', () => {
    expect(budgetMisses([page()], 40, budgets, {checkSeconds: 30, checkerKb: 100})).toEqual([]);
    expect(budgetMisses([page()], 40, budgets, {checkSeconds: 31.2, checkerKb: 100.1})).toEqual([
      'capstone checker run against the reference 31.2 s > 30 s',
      'capstone check.mjs 100.1 KB > 100 KB',
    ]);
  });
});
