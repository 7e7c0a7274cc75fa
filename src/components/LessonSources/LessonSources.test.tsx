import React from 'react';
import {render, screen} from '@testing-library/react';
import {setDocFrontMatter} from '@site/tests/unit/mocks/docs-client';
import LessonSources from '.';

describe('LessonSources', () => {
  it('shows the day a source was checked, from a YAML date or a string', () => {
    setDocFrontMatter({
      sources: [
        {title: 'Rule A', publisher: 'Authority', year: 2025, url: 'https://example.org/a', checked: new Date('2026-12-06')},
        {title: 'Rule B', publisher: 'Authority', year: 2024, checked: '2026-11-30'},
      ],
    });
    render(<LessonSources />);
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toBe('Rule A. Authority, 2025. Checked Dec 6, 2026.');
    expect(items[1]!.textContent).toBe('Rule B. Authority, 2024. Checked Nov 30, 2026.');
  });

  it('says nothing about checking when the entry has no checked date', () => {
    setDocFrontMatter({sources: [{title: 'Guide', publisher: 'Publisher', year: 2024}]});
    render(<LessonSources />);
    expect(screen.getByRole('listitem').textContent).toBe('Guide. Publisher, 2024.');
  });
});
