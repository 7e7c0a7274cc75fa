import {describe, expect, it} from 'vitest';
import {addMonths, lastDay, releasesEndingBy, resolveFrontMatterPlaceholders, resolvePlaceholders, versionProblems} from './versions';
import {products} from '../data/versions';

describe('placeholders', () => {
  it('resolve to the current release, its forms, or a named past release', () => {
    expect(resolvePlaceholders('Use %version/dotnet% (%version/dotnet.tfm%).')).toBe(`Use .NET ${products.dotnet.current} (net${products.dotnet.current}.0).`);
    expect(resolvePlaceholders('Since %release/postgresql/11%, fast.')).toBe('Since PostgreSQL 11, fast.');
    expect(resolvePlaceholders('%version/postgresql.image%-alpine')).toBe(`postgres:${products.postgresql.current}-alpine`);
  });

  it('reject what they cannot resolve, saying how to fix it', () => {
    expect(() => resolvePlaceholders('%version/node/20%')).toThrow(/write %release\/node\/20%/);
    expect(() => resolvePlaceholders('%release/node%')).toThrow(/needs a release/);
    expect(() => resolvePlaceholders('%version/node.tfm%')).toThrow(/has no form "tfm"/);
  });

  it('resolve inside frontmatter strings and lists, leaving other values alone', () => {
    const date = new Date('2026-12-06');
    const fm = resolveFrontMatterPlaceholders({title: 'C# on %version/dotnet%', objectives: ['Build on %version/dotnet%'], exercise_minutes: 60, last_reviewed: date});
    expect(fm.title).toBe(`C# on .NET ${products.dotnet.current}`);
    expect(fm.objectives[0]).toBe(`Build on .NET ${products.dotnet.current}`);
    expect(fm.exercise_minutes).toBe(60);
    expect(fm.last_reviewed).toBe(date);
  });
});

describe('versionProblems', () => {
  it('catches a literal "Node.js 20" in a lesson reviewed after its end of life, with the line and the fix', () => {
    const problems = versionProblems(['Intro.', 'It compiles under strict in a Node.js 20 project.'], '2026-12-06', 10);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(11);
    expect(problems[0]!.message).toMatch(/Node\.js 20, past its end of life \(2026-04-30\).*%version\/node%/);
  });

  it('catches ".NET 8" and "net8.0" after 2026-11-10 but not in a lesson reviewed before it', () => {
    const lines = ['A minimal API on .NET 8.', '<TargetFramework>net8.0</TargetFramework>'];
    expect(versionProblems(lines, '2026-11-28').map((p) => p.line)).toEqual([1, 2]);
    expect(versionProblems(lines, '2026-11-09')).toEqual([]);
  });

  it('catches end-of-life image tags and action versions in code', () => {
    expect(versionProblems(['FROM node:20-bookworm-slim AS deps'], '2026-12-06')).toHaveLength(1);
    expect(versionProblems(['image: postgres:14'], '2026-12-06')).toHaveLength(1);
  });

  it('reads a month-precision end of life as the last day of the month', () => {
    expect(versionProblems(['on JDK 24'], '2025-09-30')).toEqual([]);
    expect(versionProblems(['on JDK 24'], '2025-10-01')).toHaveLength(1);
  });

  it('reports versions the data module does not list, and the old name of a renamed product', () => {
    expect(versionProblems(['Python 3.9 is fine'], '2026-12-06')[0]!.message).toMatch(/does not list/);
    expect(versionProblems(['GCP: Cloud Run, Cloud Functions'], '2026-12-06')[0]!.message).toMatch(/Cloud Run functions/);
  });

  it('accepts placeholders and history written as %release/…%', () => {
    expect(versionProblems(['Use %version/node% and %version/dotnet.tfm%.', 'Since %release/postgresql/11%, adding a column is fast.'], '2026-12-06')).toEqual([]);
  });

  it('reports a bad placeholder with its line', () => {
    const [problem] = versionProblems(['x', 'Use %version/nodejs%.'], '2026-12-06');
    expect(problem).toMatchObject({line: 2});
    expect(problem!.message).toMatch(/unknown product "nodejs"/);
  });
});

describe('dates', () => {
  it('lastDay and addMonths', () => {
    expect(lastDay('2028-09')).toBe('2028-09-30');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2026-11-10')).toBe('2026-11-10');
    expect(addMonths('2026-12-06', 6)).toBe('2027-06-06');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('releasesEndingBy lists releases ending in the window, soonest first', () => {
    const ending = releasesEndingBy('2026-12-31', '2026-11-01');
    expect(ending.map((r) => r.label)).toEqual(['.NET 8', 'PostgreSQL 14']);
  });
});
