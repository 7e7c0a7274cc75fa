import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {renderToString} from 'react-dom/server';
import BulletBuilder from './index';
import {VAGUE_RULES} from '@site/src/lib/bulletRules';

const field = (name: RegExp) => screen.getByRole('textbox', {name});
const bulletText = () => document.querySelector<HTMLElement>('[id$="-bullet"]')!.textContent;
const suggestions = () => screen.getByRole('status', {name: 'Suggestions'});
const copyButton = () => screen.getByRole('button', {name: /^Copy/});

/** Replaces navigator.clipboard for one test; `undefined` removes it, as on an insecure page. */
function mockClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? {writeText: vi.fn(writeText)} : undefined,
  });
  return navigator.clipboard as unknown as {writeText: ReturnType<typeof vi.fn>} | undefined;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

async function fillAll(user: ReturnType<typeof userEvent.setup>) {
  await user.type(field(/^System/), 'the order API (Node.js, PostgreSQL)');
  await user.type(field(/^What you did/), 'added idempotency keys to order creation.');
  await user.type(field(/^Production context/), 'while mobile clients retried on slow networks');
  await user.type(field(/^Result/), 'retries no longer created duplicate orders');
}

const FULL_BULLET =
  'The order API (Node.js, PostgreSQL): added idempotency keys to order creation, while mobile clients retried on slow networks; retries no longer created duplicate orders.';

// Typing is key by key; on a busy two-core machine that can pass the 5-second default.
describe('BulletBuilder', {timeout: 20_000}, () => {
  it('renders on the server: labelled fields with hints and examples, an empty output, a no-JavaScript note', () => {
    const html = renderToString(<BulletBuilder />);
    for (const label of ['System', 'What you did', 'Production context', 'Result']) {
      expect(html).toMatch(new RegExp(`<label for="[^"]+" class="[^"]*">${label}</label>`));
    }
    expect(html).toContain('named so an outsider understands it');
    expect(html).toContain('placeholder="Example: the order API (Node.js, PostgreSQL)"');
    expect(html).toContain('Your bullet appears here as you fill in the parts.');
    expect(html).toContain('data-empty="true"');
    expect(html).toMatch(/<noscript>.*needs JavaScript.*<\/noscript>/);
    expect(html).toMatch(/<button[^>]*disabled=""/);
    expect(html).not.toContain('characters (aim for');
  });

  it('links every field to its hint', () => {
    render(<BulletBuilder />);
    expect(field(/^System/).getAttribute('aria-describedby')).toBeTruthy();
    expect(field(/^System/)).toHaveProperty('tagName', 'INPUT');
    expect(field(/^Result/)).toHaveProperty('tagName', 'TEXTAREA');
    const hintId = field(/^Production context/).getAttribute('aria-describedby')!;
    expect(document.getElementById(hintId)!.textContent).toMatch(/live traffic, money/);
  });

  it('composes the bullet as the learner types, with its length', async () => {
    render(<BulletBuilder />);
    const user = userEvent.setup({delay: null});
    expect(copyButton()).toHaveProperty('disabled', true);
    expect(within(suggestions()).getByText(/Suggestions appear here as you type/)).toBeTruthy();
    await user.type(field(/^System/), 'the order API');
    expect(bulletText()).toBe('The order API.');
    await user.clear(field(/^System/));
    await fillAll(user);
    expect(bulletText()).toBe(FULL_BULLET);
    expect(screen.getByText(`${FULL_BULLET.length} characters (aim for 220 or fewer)`)).toBeTruthy();
    expect(copyButton()).toHaveProperty('disabled', false);
    expect(within(suggestions()).getByText('No suggestions for this bullet.')).toBeTruthy();
  });

  it('shows a vague-phrase warning linked to its field, and removes it when the phrase goes', async () => {
    render(<BulletBuilder />);
    const user = userEvent.setup({delay: null});
    await user.type(field(/^What you did/), 'Responsible for the payouts service');
    const warning = within(suggestions()).getByText(/“Responsible for” in What you did/);
    expect(warning.textContent).toContain(VAGUE_RULES[0]!.rationale);
    expect(warning.textContent).toContain('designed, built, migrated, reduced');
    expect(field(/^What you did/).getAttribute('aria-describedby')!.split(' ')).toContain(warning.id);
    expect(field(/^System/).getAttribute('aria-describedby')!.split(' ')).not.toContain(warning.id);
    expect(bulletText()).toBe('Responsible for the payouts service.');

    await user.clear(field(/^What you did/));
    await user.type(field(/^What you did/), 'rebuilt the payouts service');
    expect(within(suggestions()).queryByText(/Responsible for/)).toBeNull();
    expect(field(/^What you did/).getAttribute('aria-describedby')!.split(' ')).toHaveLength(1);
  });

  it('asks for a result, notes numbers to defend, and flags a long bullet, all at once', async () => {
    render(<BulletBuilder />);
    const user = userEvent.setup({delay: null});
    await user.type(field(/^System/), 'the merchant balance endpoint');
    const missing = within(suggestions()).getByText(/No result yet/);
    expect(field(/^Result/).getAttribute('aria-describedby')).toContain(missing.id);

    await user.type(field(/^Result/), 'cut p95 latency by 40%, 3x faster');
    expect(within(suggestions()).queryByText(/No result yet/)).toBeNull();
    const metric = within(suggestions()).getByText(/“40%”, “3x” in Result: make sure you can defend each number/);
    expect(field(/^Result/).getAttribute('aria-describedby')).toContain(metric.id);

    await user.click(field(/^Production context/));
    await user.paste('during various busy months '.repeat(8));
    expect(within(suggestions()).getByText(/“various” in Production context/)).toBeTruthy();
    expect(within(suggestions()).getByText(/This bullet is \d+ characters long, over about 220/)).toBeTruthy();
    expect(within(suggestions()).getAllByRole('listitem')).toHaveLength(3);
  });

  it('copies the bullet and announces it; the message goes when the bullet changes', async () => {
    render(<BulletBuilder />);
    const user = userEvent.setup({delay: null});
    const clipboard = mockClipboard(() => Promise.resolve());
    await fillAll(user);
    await user.click(copyButton());
    expect(clipboard!.writeText).toHaveBeenCalledWith(FULL_BULLET);
    const copyStatus = screen.getAllByRole('status').find((region) => region !== suggestions())!;
    expect(copyStatus.textContent).toMatch(/^Copied\./);
    await user.type(field(/^Result/), ' again');
    expect(copyStatus.textContent).toBe('');
  });

  it('selects the bullet and asks the learner to copy by hand when writing to the clipboard fails', async () => {
    render(<BulletBuilder />);
    const user = userEvent.setup({delay: null});
    const clipboard = mockClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    await fillAll(user);
    await user.click(copyButton());
    expect(clipboard!.writeText).toHaveBeenCalled();
    expect(await screen.findByText(/did not let the page copy\. The bullet is selected: copy it by hand/)).toBeTruthy();
    expect(window.getSelection()!.toString()).toBe(FULL_BULLET);
    expect(document.activeElement).toBe(document.querySelector('[id$="-bullet"]'));
  });

  it('falls back the same way when there is no clipboard API at all', async () => {
    render(<BulletBuilder />);
    const user = userEvent.setup({delay: null});
    await user.type(field(/^Result/), 'support stopped receiving duplicate-charge tickets');
    mockClipboard(undefined);
    await user.click(copyButton());
    expect(screen.getByText(/copy it by hand/)).toBeTruthy();
    expect(window.getSelection()!.toString()).toBe('Support stopped receiving duplicate-charge tickets.');
  });
});
