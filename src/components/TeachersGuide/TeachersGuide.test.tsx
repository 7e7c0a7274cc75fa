import React from 'react';
import {describe, expect, it} from 'vitest';
import {render, screen, within} from '@testing-library/react';
import TeachersGuide from './index';
import type {Curriculum} from '@site/src/lib/curriculum';
import {buildPlan} from '@site/src/lib/teaching-plan';
import {curriculum} from '../../../tests/unit/fixtures/cohort';

const syllabus = curriculum('next', true, {
  'the-role': {'api-design': ['r1', 'r2'], 'the-data-layer': ['r3']},
  stacks: {'nodejs-typescript': ['s1'], python: ['s2'], go: ['s3']},
  capstone: {'contract-and-validation': ['capstone-contract-checked']},
}) as Curriculum;
const rubrics = {
  'the-role/api-design': {levels: ['not-yet', 'meets', 'beyond'] as const, expectedOutcome: 'A design document.', criteria: [{meets: 'Every error.'}, {meets: 'RFC 9457.', beyond: 'Plans pasted.'}]},
};

describe('TeachersGuide', () => {
  const guide = {curriculum: syllabus, editions: [{edition: 'next', label: 'Next', isLatest: true, released: false}], rubrics: {'the-role/api-design': {...rubrics['the-role/api-design'], levels: [...rubrics['the-role/api-design'].levels]}}};

  it('shows each plan with weeks whose hours add up to the syllabus hours (two stack lessons of three)', () => {
    render(<TeachersGuide guide={guide} />);
    const twelve = screen.getByRole('region', {name: '12-week plan'});
    // 6 one-hour lessons, of which 2 of the 3 stack lessons count: 5 hours.
    expect(within(twelve).getByText(/^5 hours of lessons in 12 weeks/)).toBeTruthy();
    expect(buildPlan(syllabus, 12).minutes).toBe(300);
    const eight = screen.getByRole('region', {name: '8-week plan'});
    expect(within(eight).getAllByRole('heading', {level: 3})).toHaveLength(8);
  });

  it('lists the capstone stage as a deliverable and links each exercise to its rubric', () => {
    render(<TeachersGuide guide={guide} />);
    expect(screen.getAllByText(/the capstone checker report \(--json\) with this stage passed/).length).toBe(2);
    const link = screen.getAllByRole('link', {name: 'rubric'})[0]!;
    expect(link.getAttribute('href')).toBe('#rubric-the-role-api-design');
    const table = screen.getByRole('region', {name: 'Rubric of Lesson api-design'});
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'Meets the bar whenBeyond the barLevel',
      'Every error.Not yet · Meets · Beyond',
      'RFC 9457.Plans pasted.Not yet · Meets · Beyond',
    ]);
    expect(screen.getByText('1 of 6 lessons have a rubric so far.')).toBeTruthy();
  });
});
