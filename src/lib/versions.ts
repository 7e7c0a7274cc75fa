/**
 * Versions in lessons: the placeholders that take a version from src/data/versions.ts, and the check that
 * no lesson names a release past its end of life. Pure: the remark plugin, the frontmatter hook, the
 * content check and `npm run freshness` all call these functions.
 *
 * Placeholders (in prose, headings, inline code, code blocks and frontmatter text):
 *   %version/node%          the release lessons teach as current, as a lesson names it: "Node.js 24"
 *   %version/node.image%    the same release in another written form: "node:24-trixie-slim"
 *   %release/go/1.22%       one named release, for a fact about that release: "Go 1.22" ("since Go 1.22 …");
 *                           it is never reported as past end of life, because it is history, not advice
 * The syntax has no ":" (Docusaurus would read ":name" as a text directive), no "@" (GFM would read
 * "go@1.22" as an e-mail address) and no braces (MDX expressions), so a placeholder stays one text node.
 */
import {products, renamedProducts, type Product, type ProductKey, type Release, type VersionDate} from '../data/versions';

export const PLACEHOLDER = /%(version|release)\/([a-z][a-z-]*)(?:\.([a-z]+))?(?:\/([\w.]+))?%/g;

export class VersionPlaceholderError extends Error {}

const product = (key: string): Product | undefined => (products as Record<string, Product>)[key];

function release(key: string, version: string): Release | undefined {
  return product(key)?.releases.find((r) => r.version === version);
}

/** The text one placeholder stands for; throws with the fix when the placeholder is unknown. */
export function placeholderValue(kind: string, key: string, form: string | undefined, version: string | undefined): string {
  const entry = product(key);
  const known = Object.keys(products).join(', ');
  if (!entry) throw new VersionPlaceholderError(`unknown product "${key}" in a version placeholder; src/data/versions.ts has: ${known}`);
  if (kind === 'version' && version !== undefined) {
    throw new VersionPlaceholderError(`%version/${key}% takes no release: it is always the current release; write %release/${key}/${version}% for a fact about that release`);
  }
  if (kind === 'release' && version === undefined) {
    throw new VersionPlaceholderError(`%release/${key}% needs a release, e.g. %release/${key}/${entry.releases[0]!.version}%`);
  }
  const chosen = version ?? entry.current;
  if (!release(key, chosen)) {
    throw new VersionPlaceholderError(
      `${entry.label(chosen)} is not listed in src/data/versions.ts; add it with its dates and source (listed: ${entry.releases.map((r) => r.version).join(', ')})`,
    );
  }
  if (form === undefined) return entry.label(chosen);
  const format = entry.forms?.[form];
  if (!format) {
    throw new VersionPlaceholderError(`"${key}" has no form "${form}"; its forms are: ${Object.keys(entry.forms ?? {}).join(', ') || 'none'}`);
  }
  return format(chosen);
}

/** Replaces every placeholder in a text. */
export function resolvePlaceholders(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(PLACEHOLDER, (_, kind: string, key: string, form?: string, version?: string) => placeholderValue(kind, key, form, version));
}

/** Placeholders in strings anywhere in a frontmatter value (title, description, objectives). */
export function resolveFrontMatterPlaceholders<T>(value: T): T {
  if (typeof value === 'string') return resolvePlaceholders(value) as T;
  if (Array.isArray(value)) return value.map((item) => resolveFrontMatterPlaceholders(item)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveFrontMatterPlaceholders(v)])) as T;
  }
  return value;
}

/** A date as a day: YYYY-MM stands for the last day of that month. */
export function lastDay(date: VersionDate): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export type VersionProblem = {line: number; message: string};

const pastEol = (r: Release, day: string): boolean => r.eol !== null && lastDay(r.eol) < day;

/**
 * Versions a lesson names that were past end of life on the day it was last reviewed, and placeholders
 * that would fail the build. `lastReviewed` is the lesson's YYYY-MM-DD; `firstLine` is the file line of
 * `lines[0]`. Deterministic: only the lesson and src/data/versions.ts decide the result.
 */
export function versionProblems(lines: string[], lastReviewed: string, firstLine = 1): VersionProblem[] {
  const problems: VersionProblem[] = [];
  lines.forEach((text, index) => {
    const line = firstLine + index;
    for (const match of text.matchAll(PLACEHOLDER)) {
      const [written, kind, key, form, version] = match as unknown as [string, string, string, string | undefined, string | undefined];
      try {
        placeholderValue(kind, key, form, version);
      } catch (error) {
        problems.push({line, message: `${written}: ${(error as Error).message}.`});
        continue;
      }
      const entry = product(key)!;
      const current = release(key, entry.current)!;
      if (kind === 'version' && pastEol(current, lastReviewed)) {
        problems.push({
          line,
          message: `${written} is ${entry.label(current.version)}, past its end of life (${current.eol}) on this lesson's last_reviewed date ${lastReviewed}. Set a supported "current" for ${key} in src/data/versions.ts (${entry.source}).`,
        });
      }
    }
    const withoutPlaceholders = text.replace(PLACEHOLDER, ' ');
    for (const [key, entry] of Object.entries(products) as [ProductKey, Product][]) {
      for (const pattern of entry.patterns) {
        for (const match of withoutPlaceholders.matchAll(pattern)) {
          const version = match[1]!;
          const named = release(key, version);
          const current = entry.label(entry.current);
          if (!named) {
            problems.push({
              line,
              message: `"${match[0]}" names ${entry.label(version)}, which src/data/versions.ts does not list. Write %version/${key}% (now ${current}), or %release/${key}/<version>% for a fact about a past release after adding it to src/data/versions.ts.`,
            });
          } else if (pastEol(named, lastReviewed)) {
            problems.push({
              line,
              message: `"${match[0]}" names ${entry.label(version)}, past its end of life (${named.eol}) on this lesson's last_reviewed date ${lastReviewed}. Teach the current release with %version/${key}% (now ${current}); if the sentence is about what that release introduced, write %release/${key}/${version}%.`,
            });
          }
        }
      }
    }
    for (const renamed of renamedProducts) {
      for (const match of text.matchAll(renamed.old)) {
        problems.push({line, message: `"${match[0]}" is now called ${renamed.current} (since ${renamed.since}, ${renamed.source}); use the current name.`});
      }
    }
  });
  return problems;
}

export type ExpiringRelease = {product: ProductKey; version: string; label: string; eol: string; current: boolean; source: string};

/** Releases listed in src/data/versions.ts whose end of life falls on or before `until` (YYYY-MM-DD). */
export function releasesEndingBy(until: string, from: string): ExpiringRelease[] {
  const out: ExpiringRelease[] = [];
  for (const [key, entry] of Object.entries(products) as [ProductKey, Product][]) {
    for (const r of entry.releases) {
      if (r.eol === null) continue;
      const eol = lastDay(r.eol);
      if (eol >= from && eol <= until) {
        out.push({product: key, version: r.version, label: entry.label(r.version), eol, current: r.version === entry.current, source: entry.source});
      }
    }
  }
  return out.sort((a, b) => a.eol.localeCompare(b.eol));
}

/** YYYY-MM-DD plus a number of months (clamped to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}
