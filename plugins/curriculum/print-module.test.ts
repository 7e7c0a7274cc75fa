import {describe, expect, it} from 'vitest';
import {load} from 'cheerio';
import {assemblePrintPage} from './print-module';

const shell = `<!doctype html><html data-theme="light"><head><title>Stacks | LATAM Backend Path</title>
<script>document.documentElement.setAttribute("data-theme","dark")</script>
<script>function insertBanner(){}</script>
<script src="/assets/js/main.js" defer></script><link rel="preload" href="/assets/js/x.js" as="script"></head>
<body><nav class="navbar">nav</nav><article><div class="theme-doc-markdown markdown"><h1>Stacks</h1><p>Overview table</p></div>
<div class="theme-doc-toc-mobile">toc</div></article><nav class="pagination-nav">next</nav></body></html>`;

const lesson = (title: string, math = false) => `<!doctype html><html><head>${math ? '<link rel="stylesheet" href="/katex/katex.min.css?v=1">' : ''}</head><body>
<article><div class="theme-doc-markdown markdown"><header><h1>${title}</h1></header>
<h2 id="objectives">Objectives</h2><p><a href="#exercise">Go to the exercise</a> or <a href="/docs/other/">another lesson</a>.</p>
<h3 id="exercise">Exercise</h3><input type="checkbox" id="checklist-a" aria-describedby="hint one"><label for="checklist-a">I can</label>
<p id="hint">Hint</p><p id="one">One</p>
<details class="details_x"><summary>Answer</summary><div style="display:none;overflow:hidden;height:0px">It depends.</div></details></div></article></body></html>`;

function page() {
  return load(
    assemblePrintPage(shell, [{slug: 'nodejs', html: lesson('Node.js')}, {slug: 'go', html: lesson('Go', true)}], {title: 'Stacks', intro: 'All the lessons.'}),
  );
}

describe('assemblePrintPage', () => {
  it('puts the module title first and each lesson after it, in order, headings one level down', () => {
    const $ = page();
    expect($('article h1').map((_, e) => $(e).text()).get()).toEqual(['Stacks']);
    expect($('article h2').map((_, e) => $(e).text()).get()).toEqual(['Node.js', 'Go']);
    expect($('article h3').map((_, e) => $(e).text()).get()).toEqual(['Objectives', 'Objectives']);
    expect($('article h4').map((_, e) => $(e).text()).get()).toEqual(['Exercise', 'Exercise']);
    expect($('article').text()).not.toContain('Overview table');
  });

  it('keeps ids unique, and every in-page link, label and ARIA reference pointing at its own lesson', () => {
    const $ = page();
    const ids = $('[id]').map((_, e) => $(e).attr('id')).get();
    expect(new Set(ids).size).toBe(ids.length);
    expect($('a[href^="#"]').map((_, e) => $(e).attr('href')).get()).toEqual(['#nodejs--exercise', '#go--exercise']);
    expect($('label').map((_, e) => $(e).attr('for')).get()).toEqual(['nodejs--checklist-a', 'go--checklist-a']);
    expect($('input').first().attr('aria-describedby')).toBe('nodejs--hint nodejs--one');
    expect($('a[href="/docs/other/"]').length).toBe(2);
  });

  it('drops the scripts but the colour-mode snippet, and the table of contents and pagination', () => {
    const $ = page();
    expect($('script').length).toBe(1);
    expect($('script').text()).toContain('data-theme');
    expect($('link[as="script"], .theme-doc-toc-mobile, .pagination-nav').length).toBe(0);
  });

  it('is kept out of search engines, titled after the module, and styles math when a lesson has it', () => {
    const $ = page();
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('title').text()).toBe('Stacks | LATAM Backend Path');
    expect($('head link[href^="/katex/katex.min.css"]').length).toBe(1);
  });

  it('keeps self-check answers closed, and opens them in the teacher\'s view with answers', () => {
    const lessons = [{slug: 'go', html: lesson('Go')}];
    const closed = load(assemblePrintPage(shell, lessons, {title: 'Stacks', intro: 'x'}));
    expect(closed('html').hasClass('print-with-answers')).toBe(false);
    expect(closed('details').attr('open')).toBeUndefined();
    const open = load(assemblePrintPage(shell, lessons, {title: 'Stacks', intro: 'x'}, {withAnswers: true}));
    expect(open('html').hasClass('print-with-answers')).toBe(true);
    expect(open('details').attr('open')).toBeDefined();
  });

  it('names the lesson whose page has no content to print', () => {
    expect(() => assemblePrintPage(shell, [{slug: 'empty', html: '<html><body></body></html>'}], {title: 'T', intro: 'I'})).toThrow(/"empty"/);
  });
});
