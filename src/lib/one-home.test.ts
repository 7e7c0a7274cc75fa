import {describe, expect, it} from 'vitest';
import {LITTLES_LAW as littlesLaw, ideaReport} from './one-home';

describe('ideaReport', () => {
  it('finds the lesson that teaches the formula and the lessons that link to its section', () => {
    const report = ideaReport(littlesLaw, [
      {lesson: 'a/home.mdx', body: '## Little\'s law\n\n$$\nL = \\lambda W\n$$\n'},
      {lesson: 'b/user.mdx', body: 'By [Little\'s law](../03-stacks/07-reading-benchmarks.mdx#littles-law), 50.'},
      {lesson: 'c/sibling.mdx', body: 'Apply [Little\'s law](./07-reading-benchmarks.mdx#littles-law).'},
      {lesson: 'd/other.mdx', body: 'See [benchmarks](../03-stacks/07-reading-benchmarks.mdx#what-the-ratios-do-not-say).'},
    ]);
    expect(report).toEqual({idea: "Little's law", taughtIn: ['a/home.mdx'], linkedFrom: ['b/user.mdx', 'c/sibling.mdx']});
  });

  it('reports every lesson that teaches the formula again, inline or displayed', () => {
    const report = ideaReport(littlesLaw, [
      {lesson: 'a/home.mdx', body: '$$\nL = \\lambda W\n$$'},
      {lesson: 'b/copy.mdx', body: 'Little\'s law, $L=\\lambda W$, says…'},
    ]);
    expect(report.taughtIn).toEqual(['a/home.mdx', 'b/copy.mdx']);
  });
});
