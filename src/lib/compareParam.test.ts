import {describe, expect, it} from 'vitest';
import {compareUrl, formatCompareParam, isStackKey, parseCompareParam, readCompareParam, withCompareParam} from './compareParam';

describe('parseCompareParam', () => {
  it('gives the default selection when the parameter is absent', () => {
    expect(parseCompareParam(null)).toEqual({keys: ['node', 'go'], outcome: 'absent'});
    expect(parseCompareParam(undefined)).toEqual({keys: ['node', 'go'], outcome: 'absent'});
  });

  it('accepts two or three known keys, in the widget order', () => {
    expect(parseCompareParam('go,csharp')).toEqual({keys: ['csharp', 'go'], outcome: 'exact'});
    expect(parseCompareParam('java,python,node')).toEqual({keys: ['node', 'python', 'java'], outcome: 'exact'});
  });

  it('ignores case and spaces without calling it a correction', () => {
    expect(parseCompareParam(' GO , CSharp ')).toEqual({keys: ['csharp', 'go'], outcome: 'exact'});
  });

  it('keeps go from cobol,,go and fills from the defaults', () => {
    expect(parseCompareParam('cobol,,go')).toEqual({keys: ['node', 'go'], outcome: 'corrected'});
  });

  it('fills a single valid key with the first default not already chosen', () => {
    expect(parseCompareParam('python')).toEqual({keys: ['node', 'python'], outcome: 'corrected'});
    expect(parseCompareParam('node')).toEqual({keys: ['node', 'go'], outcome: 'corrected'});
    expect(parseCompareParam('go')).toEqual({keys: ['node', 'go'], outcome: 'corrected'});
  });

  it('falls back to the defaults when nothing valid is left', () => {
    for (const raw of ['', ',,,', 'cobol', 'rust,ruby', '   ', 'node.js', '<script>']) {
      expect(parseCompareParam(raw), JSON.stringify(raw)).toEqual({keys: ['node', 'go'], outcome: 'corrected'});
    }
  });

  it('drops duplicates, including ones that differ only in case', () => {
    expect(parseCompareParam('go,go,java')).toEqual({keys: ['java', 'go'], outcome: 'corrected'});
    expect(parseCompareParam('go,GO')).toEqual({keys: ['node', 'go'], outcome: 'corrected'});
  });

  it('keeps the first three valid keys when there are more', () => {
    expect(parseCompareParam('go,java,python,node,csharp')).toEqual({keys: ['python', 'java', 'go'], outcome: 'corrected'});
    expect(parseCompareParam('cobol,go,,java,go,python,node')).toEqual({keys: ['python', 'java', 'go'], outcome: 'corrected'});
  });

  it('never returns fewer than two or more than three keys', () => {
    const inputs = ['', 'a', 'go', 'go,java', 'go,java,node', 'go,java,node,python', 'node,python,java,csharp,go,x'];
    for (const raw of inputs) {
      const {keys} = parseCompareParam(raw);
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(keys.length).toBeLessThanOrEqual(3);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.every(isStackKey)).toBe(true);
    }
  });

  it('does not mistake inherited object keys for stacks', () => {
    expect(parseCompareParam('constructor,__proto__,toString')).toEqual({keys: ['node', 'go'], outcome: 'corrected'});
  });
});

describe('formatCompareParam', () => {
  it('writes one spelling per selection', () => {
    expect(formatCompareParam(['go', 'csharp'])).toBe('csharp,go');
    expect(formatCompareParam(['node', 'go'])).toBe('node,go');
  });

  it('round-trips through the parser', () => {
    for (const keys of [['node', 'go'], ['python', 'java', 'csharp'], ['csharp', 'go']] as const) {
      expect(parseCompareParam(formatCompareParam(keys))).toEqual({keys: [...keys], outcome: 'exact'});
    }
  });
});

describe('readCompareParam', () => {
  it('reads the decoded value or null', () => {
    expect(readCompareParam('')).toBeNull();
    expect(readCompareParam('?tab=1')).toBeNull();
    expect(readCompareParam('?compare=go,csharp')).toBe('go,csharp');
    expect(readCompareParam('?compare=go%2Ccsharp&x=1')).toBe('go,csharp');
    expect(readCompareParam('?compare=')).toBe('');
  });

  it('joins repeated parameters', () => {
    expect(readCompareParam('?compare=go&compare=java')).toBe('go,java');
  });
});

describe('withCompareParam and compareUrl', () => {
  it('adds the parameter with literal commas', () => {
    expect(withCompareParam('', ['go', 'csharp'])).toBe('?compare=csharp,go');
    expect(withCompareParam('?', ['node', 'go'])).toBe('?compare=node,go');
  });

  it('keeps other parameters as written and in place', () => {
    expect(withCompareParam('?a=1&compare=go,java&b=x%20y', ['node', 'go'])).toBe('?a=1&compare=node,go&b=x%20y');
    expect(withCompareParam('?utm_source=mail', ['node', 'go'])).toBe('?utm_source=mail&compare=node,go');
  });

  it('replaces every compare parameter, however it is encoded', () => {
    expect(withCompareParam('?compare=go&x=1&compare=java&%63ompare=python', ['node', 'go'])).toBe('?compare=node,go&x=1');
  });

  it('leaves odd parameters alone', () => {
    expect(withCompareParam('?%E0%A4%A=1&compared=2', ['node', 'go'])).toBe('?%E0%A4%A=1&compared=2&compare=node,go');
  });

  it('keeps the path and the hash', () => {
    expect(compareUrl({pathname: '/docs/stacks/choosing-your-stacks/', search: '?a=1', hash: '#market-fit'}, ['java', 'go'])).toBe(
      '/docs/stacks/choosing-your-stacks/?a=1&compare=java,go#market-fit',
    );
  });
});
