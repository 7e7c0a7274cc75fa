import {afterEach, describe, expect, it} from 'vitest';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {freshness, report} from './freshness';
import {products} from '../src/data/versions';

let root: string;
afterEach(() => rmSync(root, {recursive: true, force: true}));

function docs(lessons: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'freshness-'));
  for (const [path, reviewed] of Object.entries(lessons)) {
    mkdirSync(join(root, path, '..'), {recursive: true});
    writeFileSync(join(root, path), `---\ntitle: x\nlast_reviewed: ${reviewed}\n---\n\nBody.\n`);
  }
  return root;
}

describe('freshness', () => {
  it('lists releases ending within six months and lessons not reviewed for twelve', () => {
    const dir = docs({'01-a/01-old.mdx': '2025-11-30', '01-a/02-new.mdx': '2026-11-28', '01-a/index.mdx': '2020-01-01'});
    const result = freshness('2026-12-06', dir);
    expect(result.ending.map((r) => r.label)).toEqual(['Node.js 22']);
    expect(result.stale.map((s) => s.file)).toEqual([expect.stringMatching(/01-old\.mdx$/)]);
    const text = report(result);
    expect(text).toMatch(/Node\.js 22: ends 2027-04-30/);
    expect(text).not.toMatch(/\.NET 8/);
    expect(text).toMatch(/01-old\.mdx: last reviewed 2025-11-30/);
  });

  it('warns when the release lessons teach as current is about to end', () => {
    const {current, releases} = products.node;
    const eol = releases.find((r) => r.version === current)!.eol!;
    const fourMonthsBefore = new Date(Date.parse(eol) - 120 * 86_400_000).toISOString().slice(0, 10);
    const result = freshness(fourMonthsBefore, docs({}));
    expect(report(result)).toMatch(new RegExp(`Node\\.js ${current}: ends ${eol} .*lessons teach it as current`));
  });
});
