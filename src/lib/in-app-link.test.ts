import {describe, expect, it} from 'vitest';
import {inAppPath, type LinkClick} from './in-app-link';

const plainClick: LinkClick = {button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false};
const english = {href: 'https://example.org/docs/the-role/reliability/', baseUrl: '/', locales: ['en', 'es', 'pt-BR']};
const spanish = {href: 'https://example.org/es/docs/the-role/reliability/', baseUrl: '/es/', locales: ['en', 'es', 'pt-BR']};
const link = (href: string, more: {target?: string; download?: boolean} = {}) => ({href, target: more.target ?? '', download: more.download ?? false});

describe('inAppPath', () => {
  it('routes a plain click on a page of the same site, keeping query and hash', () => {
    expect(inAppPath(plainClick, link('https://example.org/docs/stacks/?tab=go#choose'), english)).toBe('/docs/stacks/?tab=go#choose');
    expect(inAppPath(plainClick, link('/es/docs/stacks/'), spanish)).toBe('/es/docs/stacks/');
    expect(inAppPath(plainClick, link('/docs/next/the-role/api-design/'), english)).toBe('/docs/next/the-role/api-design/');
  });

  it('leaves modified, non-primary and already handled clicks to the browser', () => {
    for (const change of [{metaKey: true}, {ctrlKey: true}, {shiftKey: true}, {altKey: true}, {button: 1}, {defaultPrevented: true}]) {
      expect(inAppPath({...plainClick, ...change}, link('/docs/stacks/'), english)).toBeNull();
    }
  });

  it('leaves new tabs, downloads, other origins, files and other locales to the browser', () => {
    expect(inAppPath(plainClick, link('/docs/stacks/', {target: '_blank'}), english)).toBeNull();
    expect(inAppPath(plainClick, link('/docs/stacks/', {target: '_self'}), english)).toBe('/docs/stacks/');
    expect(inAppPath(plainClick, link('/docs/stacks/', {download: true}), english)).toBeNull();
    expect(inAppPath(plainClick, link('https://www.rfc-editor.org/rfc/rfc9457'), english)).toBeNull();
    expect(inAppPath(plainClick, link('/files/syllabus.pdf'), english)).toBeNull();
    expect(inAppPath(plainClick, link('/es/docs/stacks/'), english)).toBeNull();
    expect(inAppPath(plainClick, link('/pt-BR/docs/stacks/'), spanish)).toBeNull();
    expect(inAppPath(plainClick, link('/docs/stacks/'), spanish)).toBeNull();
  });

  it('leaves a jump within the page to the browser', () => {
    expect(inAppPath(plainClick, link('#timeouts'), english)).toBeNull();
    expect(inAppPath(plainClick, link('/docs/the-role/reliability/#timeouts'), english)).toBeNull();
  });
});
