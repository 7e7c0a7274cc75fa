import {describe, expect, it} from 'vitest';
import {PRODUCT_KEYS, products, renamedProducts, type Product} from './versions';
import {lastDay} from '../lib/versions';

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const entries = PRODUCT_KEYS.map((key) => [key, products[key] as Product] as const);

describe('versions data', () => {
  it.each(entries)('%s names an official https source and the day it was checked', (_, entry) => {
    expect(entry.source).toMatch(/^https:\/\/[^\s]+$/);
    expect(entry.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(entries)('%s: every date is well formed, release comes before end of life, a missing date says why', (_, entry) => {
    for (const release of entry.releases) {
      for (const date of [release.released, release.eol]) {
        if (date !== null) {
          expect(date).toMatch(DATE);
          expect(Number.isNaN(Date.parse(lastDay(date)))).toBe(false);
        }
      }
      if (release.released && release.eol) expect(lastDay(release.released) < lastDay(release.eol)).toBe(true);
      if (release.released === null) expect(release.note, `${entry.label(release.version)} has no release date and no note`).toBeTruthy();
    }
  });

  it.each(entries)('%s: the current release is listed, supported on the day it was checked, and versions are unique', (_, entry) => {
    const current = entry.releases.find((r) => r.version === entry.current);
    expect(current).toBeDefined();
    if (current!.eol !== null) expect(lastDay(current!.eol) > entry.checked).toBe(true);
    expect(new Set(entry.releases.map((r) => r.version)).size).toBe(entry.releases.length);
  });

  it.each(entries)('%s: its patterns capture the version from the way the label writes it', (_, entry) => {
    for (const pattern of entry.patterns) {
      expect(pattern.flags).toContain('g');
    }
    if (entry.patterns.length > 0) {
      const written = entry.label(entry.current);
      const found = entry.patterns.flatMap((p) => [...written.matchAll(p)].map((m) => m[1]));
      expect(found).toContain(entry.current);
    }
  });

  it('renamed products have a current name, a date and a source', () => {
    for (const renamed of renamedProducts) {
      expect(renamed.current).not.toMatch(renamed.old);
      expect(renamed.since).toMatch(DATE);
      expect(renamed.source).toMatch(/^https:\/\//);
    }
  });
});
