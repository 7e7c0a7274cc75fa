/** The checker's small parts: seeded values, timestamps, curl, messages, arguments. */
import {describe, expect, it} from 'vitest';
import {instant} from './assert';
import {toCurl} from './http';
import {LANGS, MESSAGES, langFromEnvironment, translate} from './messages';
import {Rng} from './prng';
import {parseArguments} from './cli';

describe('Rng', () => {
  it('gives the same values for the same seed and other values for another seed', () => {
    const values = (seed: string) => {
      const rng = new Rng(seed);
      return [rng.uuid(), rng.hex(10), rng.int(1, 1000), rng.pick(['a', 'b', 'c'])];
    };
    expect(values('5f3a9c12')).toEqual(values('5f3a9c12'));
    expect(values('5f3a9c12')).not.toEqual(values('5f3a9c13'));
  });

  it('makes version 4 UUIDs', () => {
    const rng = new Rng('uuids');
    for (let i = 0; i < 50; i++) expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('instant', () => {
  it('reads RFC 3339 with any offset as the same instant, to the nanosecond, whatever the local time zone', () => {
    expect(instant('2026-12-06T14:03:00.123456Z')).toBe(instant('2026-12-06T11:03:00.123456-03:00'));
    expect(instant('2026-12-06T14:03:00.123456Z')! - instant('2026-12-06T14:03:00.123455Z')!).toBe(1000n);
    expect(instant('2026-12-06T14:03:00Z')).toBe(BigInt(Date.UTC(2026, 11, 6, 14, 3)) * 1_000_000n);
  });

  it('refuses timestamps without an offset or in another format', () => {
    for (const text of ['2026-12-06T14:03:00', '2026-12-06 14:03:00Z', '06/12/2026', '2026-12-06']) expect(instant(text)).toBeNull();
  });
});

describe('toCurl', () => {
  it('quotes for the shell and sends empty headers the way curl does', () => {
    const curl = toCurl({method: 'POST', url: 'http://localhost:8080/refunds', headers: {'Idempotency-Key': '', 'Content-Type': 'application/json'}, body: `{"reason":"it's broken"}`});
    expect(curl).toBe(`curl -i -X POST 'http://localhost:8080/refunds' -H 'Idempotency-Key;' -H 'Content-Type: application/json' --data-raw '{"reason":"it'\\''s broken"}'`);
  });
});

describe('messages', () => {
  it('has every message in every language with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, entry] of Object.entries(MESSAGES)) {
      for (const lang of LANGS) {
        expect(entry[lang], `${key} ${lang}`).not.toBe('');
        expect(placeholders(entry[lang]), `${key} ${lang}`).toEqual(placeholders(entry.en));
      }
    }
  });

  it('fills placeholders and picks the language from LC_ALL, LC_MESSAGES, then LANG', () => {
    expect(translate('es', 'connection-refused', {url: 'http://x/'})).toBe('Nada responde en http://x/ (conexión rechazada).');
    expect(langFromEnvironment({LANG: 'pt_BR.UTF-8'})).toBe('pt-BR');
    expect(langFromEnvironment({LC_ALL: 'es_MX.UTF-8', LANG: 'pt_BR.UTF-8'})).toBe('es');
    expect(langFromEnvironment({LC_MESSAGES: 'fr_FR'})).toBe('en');
    expect(langFromEnvironment({})).toBe('en');
  });
});

describe('parseArguments', () => {
  it('reads every option, in both --name value and --name=value forms', () => {
    const parsed = parseArguments(['http://localhost:8080/api/', '--stage=3', '--seed', 'abc', '--start', 'npm start', '--json', '--junit', 'r.xml', '--no-progress', '--lang', 'es'], {});
    expect(parsed.help).toBe(false);
    if (parsed.help) return;
    expect(parsed.options).toMatchObject({stage: 3, seed: 'abc', start: 'npm start', json: true, junit: 'r.xml', progress: null, lang: 'es'});
    expect(parsed.options.baseUrl.href).toBe('http://localhost:8080/api/');
  });

  it('makes a fresh seed and defaults to every stage and the default progress file', () => {
    const [a, b] = [parseArguments(['http://localhost:8080'], {}), parseArguments(['http://localhost:8080'], {})];
    if (a.help || b.help) throw new Error('not help');
    expect(a.options.seed).toMatch(/^[0-9a-f]{8}$/);
    expect(a.options.seed).not.toBe(b.options.seed);
    expect(a.options.stage).toBe(5);
    expect(a.options.progress).toBe('latam-backend-path-capstone-progress.json');
  });
});
