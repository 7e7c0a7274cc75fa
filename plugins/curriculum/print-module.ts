/**
 * "Print this module": one static page per module (`<module>/print/`) with all its lessons in order,
 * for study groups that read on paper. Assembled after the build from the built pages themselves, so
 * each lesson prints exactly as it reads on its own page:
 * - the shell is the module's overview page, its article replaced by the module title and the lessons;
 * - each lesson's headings move one level down under the module's `<h1>`, and its ids (and the links,
 *   labels and ARIA references that point at them) get the lesson's slug as prefix, so that ids stay
 *   unique on the page;
 * - scripts are dropped (the page is for reading and printing; it needs no JavaScript), except the
 *   colour-mode snippet; the page is `noindex` and its canonical stays the module overview;
 * - self-check answers stay closed, as learners need them; `withAnswers` makes the teacher's view
 *   (`<module>/print/with-answers/`), with every answer open on screen and on paper.
 */
import {load, type CheerioAPI} from 'cheerio';

export type PrintLesson = {slug: string; html: string};
export type PrintLabels = {title: string; intro: string};
/** The class on <html> of the teacher's print view, in which self-check answers are open (src/css/custom.css). */
export const WITH_ANSWERS_CLASS = 'print-with-answers';

const ID_REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers'];

function prefixIds($: CheerioAPI, root: ReturnType<CheerioAPI>, prefix: string): void {
  root.find('[id]').each((_, element) => {
    $(element).attr('id', `${prefix}--${$(element).attr('id')}`);
  });
  for (const attribute of ID_REFERENCES) {
    root.find(`[${attribute}]`).each((_, element) => {
      const ids = ($(element).attr(attribute) ?? '').split(/\s+/).filter(Boolean);
      $(element).attr(attribute, ids.map((id) => `${prefix}--${id}`).join(' '));
    });
  }
  root.find('a[href^="#"]').each((_, element) => {
    const target = ($(element).attr('href') ?? '#').slice(1);
    if (target) $(element).attr('href', `#${prefix}--${target}`);
  });
}

function demoteHeadings($: CheerioAPI, root: ReturnType<CheerioAPI>): void {
  // Deepest first, so that a heading is moved once.
  for (let level = 5; level >= 1; level--) {
    root.find(`h${level}`).each((_, element) => {
      element.tagName = `h${level + 1}`;
    });
  }
}

export function assemblePrintPage(shellHtml: string, lessons: PrintLesson[], labels: PrintLabels, {withAnswers = false} = {}): string {
  const $ = load(shellHtml);
  if (withAnswers) $('html').addClass(WITH_ANSWERS_CLASS);
  const sections = lessons.map(({slug, html}) => {
    const lesson$ = load(html);
    const content = lesson$('.theme-doc-markdown').first();
    if (content.length === 0) throw new Error(`print view: the lesson "${slug}" has no .theme-doc-markdown content`);
    prefixIds(lesson$, content, slug);
    demoteHeadings(lesson$, content);
    const katex = lesson$('link[rel="stylesheet"][href*="katex"]');
    if (katex.length && $('head link[href*="katex"]').length === 0) $('head').append(lesson$.html(katex));
    if (withAnswers) content.find('details').attr('open', '');
    return `<section class="print-module__lesson">${content.html() ?? ''}</section>`;
  });

  $('script').each((_, element) => {
    const text = $(element).text();
    if ($(element).attr('src') || !text.includes('data-theme')) $(element).remove();
  });
  $('link[rel="preload"][as="script"], link[rel="prefetch"], link[rel="modulepreload"]').remove();
  $('head title').text(`${labels.title} | LATAM Backend Path`);
  $('head').append('<meta name="robots" content="noindex">');
  $('.theme-doc-toc-desktop, .theme-doc-toc-mobile, .pagination-nav, .theme-doc-footer').remove();
  $('.theme-doc-markdown')
    .first()
    .html(`<header><h1>${escapeHtml(labels.title)}</h1><p>${escapeHtml(labels.intro)}</p></header>${sections.join('')}`);
  return $.html();
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
