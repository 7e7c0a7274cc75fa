import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../content-files';
import {budgetMisses} from './run.mjs';
import type {SearchCost} from './search-cost';

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
    expect(budgetMisses([page()], 40, budgets, {capstone: {checkSeconds: 30, checkerKb: 100}})).toEqual([]);
    expect(budgetMisses([page()], 40, budgets, {capstone: {checkSeconds: 31.2, checkerKb: 100.1}})).toEqual([
      'capstone checker run against the reference 31.2 s > 30 s',
      'capstone check.mjs 100.1 KB > 100 KB',
    ]);
  });

  it('names the cohort view when it loads a cohort slower than its budget', () => {
    expect(budgetMisses([page()], 40, budgets, {cohortLoadMs: 1000})).toEqual([]);
    expect(budgetMisses([page()], 40, budgets, {cohortLoadMs: 1250.5})).toEqual(['cohort view: 60 progress files and 60 checker reports load in 1250.5 ms > 1000 ms']);
  });
});

describe('budgetMisses for search', () => {
  const search = (overrides: Partial<SearchCost> = {}): SearchCost => ({
    locale: 'es',
    firstQuery: {bytes: 140 * 1024, requests: 12},
    secondQuery: {bytes: 35 * 1024, requests: 3},
    firstResultMs: 2800,
    firstResultFromFocusMs: 4700,
    results: 6,
    ...overrides,
  });

  it('finds nothing when each language is within the search budgets, a figure exactly on its budget included', () => {
    expect(budgetMisses([], 40, budgets, {searches: [search(), search({firstQuery: {bytes: 150 * 1024, requests: 12}, secondQuery: {bytes: 40 * 1024, requests: 5}, firstResultMs: 3000})]})).toEqual([]);
  });

  it('names the language and the figure for each miss', () => {
    const misses = budgetMisses([], 40, budgets, {searches: [search({locale: 'pt-BR', firstQuery: {bytes: 151 * 1024, requests: 12}, secondQuery: {bytes: 50.6 * 1024, requests: 5}, firstResultMs: 3001})]});
    expect(misses).toEqual([
      'search (pt-BR): first query 151 KB > 150 KB',
      'search (pt-BR): later query 50.6 KB > 40 KB',
      'search (pt-BR): first result after 3001 ms on slow 4G > 3000 ms',
    ]);
  });
});
