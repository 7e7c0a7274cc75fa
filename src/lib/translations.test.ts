import {describe, expect, it} from 'vitest';
import {englishCounterpart, recordedHash, sourceHash, stampTranslation} from './translations';

describe('translation freshness', () => {
  it('hashes the English source, ignoring line-ending style', () => {
    expect(sourceHash('a\nb')).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash('a\r\nb')).toBe(sourceHash('a\nb'));
    expect(sourceHash('a\nb!')).not.toBe(sourceHash('a\nb'));
  });

  it('stamps and reads back the hash, replacing an old one', () => {
    const once = stampTranslation('---\ntitle: Hola\n---\n\nCuerpo.\n', 'abc123abc123');
    expect(recordedHash(once)).toBe('abc123abc123');
    const twice = stampTranslation(once, 'def456def456');
    expect(recordedHash(twice)).toBe('def456def456');
    expect(twice).toBe('---\ntitle: Hola\ntranslation_of: def456def456\n---\n\nCuerpo.\n');
  });

  it('finds the English file and page of a translation', () => {
    expect(englishCounterpart('/x/i18n/es/docusaurus-plugin-content-docs/version-2026/02-the-role/02-api-design.mdx', '2026')).toEqual({
      locale: 'es',
      source: 'versioned_docs/version-2026/02-the-role/02-api-design.mdx',
      urlPath: 'docs/the-role/api-design/',
    });
    expect(englishCounterpart('i18n/pt-BR/docusaurus-plugin-content-docs/current/02-the-role/index.mdx', '2026')).toEqual({
      locale: 'pt-BR',
      source: 'docs/02-the-role/index.mdx',
      urlPath: 'docs/next/the-role/',
    });
    expect(englishCounterpart('docs/02-the-role/02-api-design.mdx', '2026')).toBeNull();
  });
});
