/**
 * The teacher's guide in a real browser: reached from the bootcamps page in each language, its plans'
 * hours equal the syllabus data (every lesson's minutes, two of the five stack lessons), the weeks list
 * the syllabus's lessons in order, every lesson's rubric is shown, and the page is axe-clean at 360 px
 * and on a desktop.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from '../../scripts/content-files';
import {formatHours} from '../../src/lib/hours';
import {expectAxeClean, newGuardedContext, screenshotOnFailure, startSite, waitForHydration, type Site} from './harness';

type Lesson = {id: string; title: string; minutes: number; rubric?: {criteria: unknown[]}};
type Syllabus = {
  edition: string;
  label: string;
  modules: {id: string; lessons: Lesson[]}[];
  plans: {weeks: number; minutes: number; schedule: {minutes: number; lessons: ({lesson: string} | {chooseFrom: string[]; picked: number})[]}[]}[];
};

const STACK_LESSONS = ['nodejs-typescript', 'python', 'java-spring-boot', 'csharp-aspnet-core', 'go'];

describe("teacher's guide", () => {
  let site: Site;
  const released = JSON.parse(readFileSync(join(ROOT, 'versions.json'), 'utf8')) as string[];
  const syllabus = (locale: string, edition: string): Syllabus =>
    JSON.parse(readFileSync(join(ROOT, 'build', locale, 'curriculum', `${edition}.json`), 'utf8')) as Syllabus;

  before(async () => {
    site = await startSite();
  });
  after(async () => site?.close());

  it('plans exactly the syllabus hours: every lesson, and the two longest of the five stack lessons', () => {
    for (const edition of [released[0]!, 'next']) {
      const data = syllabus('', edition);
      const lessons = data.modules.flatMap((m) => m.lessons);
      const stacks = lessons.filter((l) => STACK_LESSONS.includes(l.id.split('/').pop()!)).map((l) => l.minutes).sort((a, b) => b - a);
      assert.equal(stacks.length, 5, `${edition}: five stack lessons`);
      const expected = lessons.reduce((sum, l) => sum + l.minutes, 0) - stacks.slice(2).reduce((sum, m) => sum + m, 0);
      assert.deepEqual(data.plans.map((p) => p.weeks), [12, 8]);
      for (const plan of data.plans) {
        assert.equal(plan.minutes, expected, `${edition}, ${plan.weeks} weeks: plan minutes`);
        assert.equal(plan.schedule.reduce((sum, week) => sum + week.minutes, 0), expected, `${edition}, ${plan.weeks} weeks: the weeks add up`);
        const order = plan.schedule.flatMap((week) => week.lessons.flatMap((l) => ('lesson' in l ? [l.lesson] : l.chooseFrom)));
        assert.deepEqual(order, lessons.map((l) => l.id), `${edition}, ${plan.weeks} weeks: every lesson once, in order`);
      }
      assert.ok(lessons.every((l) => l.rubric && l.rubric.criteria.length >= 2), `${edition}: every lesson has its rubric in the syllabus JSON`);
    }
  });

  for (const locale of ['', '/es', '/pt-BR']) {
    it(`is linked from the bootcamps page and shows the computed plan and every rubric (${locale || '/en'})`, async () => {
      const data = syllabus(locale, released[0]!);
      const {context, recorded} = await newGuardedContext(site);
      const page = await context.newPage();
      await screenshotOnFailure(page, `guide${locale}`, async () => {
        await page.goto(`${site.origin}${locale}/bootcamps/`);
        await waitForHydration(page);
        await page.locator(`a[href="${locale}/bootcamps/guide/${data.edition}/"]`).click();
        await page.waitForURL(`${site.origin}${locale}/bootcamps/guide/${data.edition}/`);
        await waitForHydration(page);
        const lang = locale.slice(1) || 'en';
        for (const plan of data.plans) {
          const section = page.locator(`section[aria-labelledby="plan-${plan.weeks}"]`);
          assert.match(await section.locator('p').first().innerText(), new RegExp(`^${formatHours(plan.minutes, lang).replace('.', '\\.')} `), `${plan.weeks}-week plan: total hours`);
          assert.equal(await section.locator('ol > li').count(), plan.weeks);
        }
        const lessonCount = data.modules.reduce((n, m) => n + m.lessons.length, 0);
        assert.equal(await page.locator('#rubrics ~ section h4').count(), lessonCount, 'one rubric per lesson');
        await expectAxeClean(page, "teacher's guide, desktop");
        await page.setViewportSize({width: 360, height: 800});
        await expectAxeClean(page, "teacher's guide, 360 px");
        await page.goto(`${site.origin}${locale}/bootcamps/`);
        await expectAxeClean(page, 'bootcamps page, 360 px');
      });
      assert.deepEqual(recorded.consoleErrors, []);
      assert.deepEqual(recorded.foreignRequests, []);
      await context.close();
    });
  }
});
