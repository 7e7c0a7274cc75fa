import {describe, expect, it} from 'vitest';
import {pinnedEditionRedirects} from './edition-redirects';

describe('pinned edition redirects', () => {
  const redirects = pinnedEditionRedirects(['2027', '2026']);

  it('gives every latest-edition page its pinned address', () => {
    expect(redirects('/docs/the-role/api-design/')).toEqual(['/docs/2027/the-role/api-design/']);
    expect(redirects('/docs/')).toEqual(['/docs/2027/']);
    expect(redirects('/es/docs/the-role/api-design/')).toEqual(['/es/docs/2027/the-role/api-design/']);
  });

  it('leaves Next, older editions and other pages alone', () => {
    expect(redirects('/docs/next/the-role/api-design/')).toBeUndefined();
    expect(redirects('/docs/2026/the-role/api-design/')).toBeUndefined();
    expect(redirects('/blog/')).toBeUndefined();
  });

  it('does nothing before the first release', () => {
    expect(pinnedEditionRedirects([])('/docs/x/')).toBeUndefined();
  });
});
