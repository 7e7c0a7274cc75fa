import {describe, expect, it} from 'vitest';
import {learningResource} from './structuredData';

describe('LearningResource structured data', () => {
  const base = {title: 'API design', description: 'Contracts.', url: 'https://site.example/docs/the-role/api-design/', locale: 'es'};

  it('describes a lesson with its time, level, objectives and licence', () => {
    expect(learningResource({...base, frontMatter: {minutes: 95, level: 'mid', objectives: ['Design a contract']}})).toMatchObject({
      '@type': 'LearningResource',
      inLanguage: 'es',
      timeRequired: 'PT95M',
      educationalLevel: 'mid',
      teaches: ['Design a contract'],
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });

  it('is absent on pages that are not lessons', () => {
    expect(learningResource({...base, frontMatter: {objectives: ['x']}})).toBeNull();
  });
});
