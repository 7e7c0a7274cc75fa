/**
 * `npm run social-cards`: draws the social card of each page type (src/lib/socialCards.ts) as a
 * 1200x630 PNG under static/img/social/, with Debian's Chromium. Run it after changing a card's text
 * and commit the images; the build only copies them.
 */
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {ROOT} from './content-files';
import {CHROMIUM_ARGS} from '../tests/e2e/harness';
import {SOCIAL_CARDS} from '../src/lib/socialCards';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const card = (kicker: string, line: string) => `<!doctype html>
<html><head><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center;
         padding: 0 96px; box-sizing: border-box; background: #0b5f7a; color: #fff; font-family: 'DejaVu Sans', sans-serif; }
  .kicker { font-size: 36px; letter-spacing: 0.08em; text-transform: uppercase; color: #ffd27a; margin: 0 0 24px; }
  h1 { font-size: 88px; line-height: 1.05; margin: 0 0 32px; }
  p { font-size: 38px; line-height: 1.3; margin: 0; max-width: 960px; }
  .bar { position: absolute; left: 0; bottom: 0; width: 1200px; height: 18px; background: #ffd27a; }
</style></head><body>
  <p class="kicker">${escape(kicker)}</p><h1>LATAM Backend Path</h1><p>${escape(line)}</p><div class="bar"></div>
</body></html>`;

async function main(): Promise<void> {
  const browser = await chromium.launch({executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS});
  const page = await browser.newPage({viewport: {width: 1200, height: 630}});
  for (const {file, kicker, line} of Object.values(SOCIAL_CARDS)) {
    await page.setContent(card(kicker, line));
    await page.screenshot({path: join(ROOT, 'static', file)});
    console.log(`wrote static/${file}`);
  }
  await browser.close();
}

void main();
