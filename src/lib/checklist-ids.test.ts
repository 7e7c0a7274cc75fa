import {describe, expect, it} from 'vitest';
import {checklistIdProblem, extractChecklists} from './checklist-ids';

describe('checklist ids', () => {
  it.each(['api-idempotency-keys', 'go-1-22-routing', 'abc'])('accepts %s', (id) => {
    expect(checklistIdProblem(id)).toBeNull();
  });

  it.each([
    ['ab', /3 to 60/],
    ['x'.repeat(61), /3 to 60/],
    ['API-keys', /lowercase/],
    ['api--keys', /single hyphens/],
    ['-api', /single hyphens/],
    ['api_keys', /lowercase/],
  ])('rejects %s', (id, message) => {
    expect(checklistIdProblem(id)).toMatch(message);
  });

  it('extracts items with their lines, skipping fenced examples', () => {
    const source = [
      '```mdx',
      '<Checklist>',
      '- [ ] example {#not-counted}',
      '</Checklist>',
      '```',
      '',
      '<Checklist>',
      '',
      '- [ ] I can **do** it. {#api-do-it}',
      '- [ ] No id here',
      '',
      '</Checklist>',
    ].join('\n');
    expect(extractChecklists(source)).toEqual([
      {
        line: 7,
        items: [
          {id: 'api-do-it', label: 'I can **do** it.', line: 9},
          {id: null, label: 'No id here', line: 10},
        ],
      },
    ]);
  });
});
