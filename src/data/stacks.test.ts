import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {DEFAULT_STACKS, ECOSYSTEM_ASPECTS, STACK_KEYS, maxRatio, stackProfiles, throughput} from './stacks';
import {sources} from './sources';

const profiles = stackProfiles();

describe('stacks data', () => {
  it('has the five stacks of the path under stable, unique keys', () => {
    expect(STACK_KEYS).toEqual(['node', 'python', 'java', 'csharp', 'go']);
    expect(new Set(STACK_KEYS).size).toBe(STACK_KEYS.length);
    expect(Object.keys(profiles).sort()).toEqual([...STACK_KEYS].sort());
    expect(Object.keys(throughput).sort()).toEqual([...STACK_KEYS].sort());
    for (const key of STACK_KEYS) expect(profiles[key].key).toBe(key);
  });

  it('names each stack as the path does', () => {
    expect(STACK_KEYS.map((key) => profiles[key].name)).toEqual([
      'Node.js with TypeScript',
      'Python',
      'Java with Spring Boot',
      'C# with ASP.NET Core',
      'Go',
    ]);
  });

  it('fills every row of the comparison for every stack', () => {
    for (const key of STACK_KEYS) {
      const profile = profiles[key];
      for (const list of [profile.domains, profile.strengths, profile.tradeoffs]) {
        expect(list.length).toBeGreaterThanOrEqual(2);
        expect(new Set(list).size).toBe(list.length);
        for (const item of list) expect(item.trim()).not.toBe('');
      }
      expect(profile.concurrency.trim()).not.toBe('');
      expect(Object.keys(profile.ecosystem).sort()).toEqual([...ECOSYSTEM_ASPECTS].sort());
      for (const aspect of ECOSYSTEM_ASPECTS) expect(profile.ecosystem[aspect].trim()).not.toBe('');
    }
  });

  it('keeps numbers out of the descriptive text: the ratios are the only figures', () => {
    for (const key of STACK_KEYS) {
      const {domains, strengths, tradeoffs, concurrency, ecosystem, name} = profiles[key];
      for (const text of [name, ...domains, ...strengths, ...tradeoffs, concurrency, ...Object.values(ecosystem)]) {
        expect(text, `${key}: ${text}`).not.toMatch(/\d/);
      }
    }
  });

  it('records the throughput ratios of the cited commentary, with the framework each one measured', () => {
    expect(throughput.csharp).toEqual({ratio: 36.3, framework: 'ASP.NET', source: 'techEmpowerCommentary2025'});
    expect(throughput.go).toEqual({ratio: 20.1, framework: 'Fiber', source: 'techEmpowerCommentary2025'});
    expect(throughput.python).toEqual({ratio: 1.9, framework: 'Django', source: 'techEmpowerCommentary2025'});
  });

  it('says explicitly that the source has no figure for Node.js and Java', () => {
    expect(throughput.node).toEqual({ratio: null, framework: null, source: 'techEmpowerCommentary2025'});
    expect(throughput.java).toEqual({ratio: null, framework: null, source: 'techEmpowerCommentary2025'});
  });

  it('points every figure at a registered source with a publisher and a year', () => {
    for (const key of STACK_KEYS) {
      const figure = throughput[key];
      expect(profiles[key].throughput).toBe(figure);
      const source = sources[figure.source];
      expect(source, `${key} cites ${figure.source}`).toBeDefined();
      expect(source.publisher).not.toBe('');
      expect(typeof source.year === 'number' || source.year === 'n.d.').toBe(true);
      if (figure.ratio !== null) {
        expect(Number.isFinite(figure.ratio) && figure.ratio > 0).toBe(true);
        expect(figure.framework).toMatch(/\S/);
        expect(source.year).toBe(2025);
      }
    }
  });

  it('has a default selection of two known stacks and a chart scale set by the largest ratio', () => {
    expect(DEFAULT_STACKS).toEqual(['node', 'go']);
    expect(maxRatio()).toBe(36.3);
  });

  it('gives every translatable string of the widget one id and one message', () => {
    const files = ['src/data/stacks.ts', 'src/components/StackComparison/index.tsx'].map((file) => readFileSync(file, 'utf8'));
    const seen = new Map<string, string>();
    for (const text of files) {
      for (const [, id, message] of text.matchAll(/id: '(widgets\.stackComparison\.[\w.]+)', message: '([^']*)'/g)) {
        expect(seen.get(id!) ?? message, id).toBe(message);
        seen.set(id!, message!);
      }
      for (const [, id] of text.matchAll(/id[:=] ?["']([\w.]+)["']/g)) expect(id).toMatch(/^widgets\.stackComparison\./);
    }
    expect(seen.size).toBeGreaterThan(60);
  });
});
