import {afterEach, describe, expect, it} from 'vitest';
import {guardDeferredFocus} from './focusGuard';

function setup() {
  document.body.innerHTML = '<input id="search"><input id="field">';
  const search = document.getElementById('search') as HTMLInputElement;
  const field = document.getElementById('field') as HTMLInputElement;
  const release = guardDeferredFocus(search);
  return {search, field, release};
}

describe('guardDeferredFocus', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('drops a later focus call while the learner works in another field', async () => {
    const {search, field} = setup();
    field.focus();
    await Promise.resolve(); // as the search index's download callback does
    search.focus();
    expect(document.activeElement).toBe(field);
  });

  it('drops a focus call made from a worker message, as the search index arrives', () => {
    const {search, field} = setup();
    field.focus();
    window.addEventListener('message', () => search.focus(), {once: true});
    window.dispatchEvent(new MessageEvent('message', {data: 'index loaded'}));
    expect(document.activeElement).toBe(field);
  });

  it('lets a focus call through when nothing else holds focus', () => {
    const {search} = setup();
    search.focus();
    expect(document.activeElement).toBe(search);
  });

  it('lets a focus call through while a user event is handled, such as a keyboard shortcut', () => {
    const {search, field} = setup();
    field.focus();
    document.addEventListener('keydown', () => search.focus(), {once: true});
    document.dispatchEvent(new KeyboardEvent('keydown', {key: 'k', ctrlKey: true}));
    expect(document.activeElement).toBe(search);
  });

  it('restores the element\'s own focus when released', () => {
    const {search, field, release} = setup();
    release();
    field.focus();
    search.focus();
    expect(document.activeElement).toBe(search);
  });
});
