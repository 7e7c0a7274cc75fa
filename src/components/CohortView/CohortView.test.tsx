import React from 'react';
import {describe, expect, it} from 'vitest';
import {render, screen, waitFor, within} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import CohortView from './index';
import type {Curriculum} from '@site/src/lib/curriculum';
import {checkerReport, curriculum, progressExport} from '../../../tests/unit/fixtures/cohort';

const editions = [
  curriculum('next', true, {basics: {one: ['basics-one-a', 'basics-one-b']}, capstone: {contract: ['capstone-contract-checked']}}),
] as Curriculum[];
const file = (name: string, text: string) => new File([text], name, {type: 'application/json'});

describe('CohortView', () => {
  it('renders its instructions on the server, with the file input disabled until the page runs', () => {
    const html = renderToString(<CohortView curricula={{editions}} />);
    expect(html).toContain('What to ask your learners for');
    expect(html).toMatch(/<noscript>.*needs JavaScript.*<\/noscript>/s);
    expect(html).toMatch(/<input[^>]*id="cohort-files-input"[^>]*disabled/);
  });

  it('shows one row per learner, names refused files, and renders names as text', async () => {
    const user = userEvent.setup();
    render(<CohortView curricula={{editions}} />);
    const input = screen.getByLabelText(/Choose or drop JSON files/);
    await waitFor(() => expect((input as HTMLInputElement).disabled).toBe(false));
    await user.upload(input, [
      file('a.json', progressExport(['basics-one-a'], '<img src=x onerror=alert(1)>')),
      file('broken.json', '{'),
      file('img-src-x-onerror-alert-1-capstone.json', checkerReport(1)),
    ]);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(table.querySelector('img')).toBeNull();
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1/3', '1/2', '0/1', 'passed', 'failed', 'not run', 'not run', 'not run']);
    expect(screen.getByRole('status').textContent).toBe('3 files read: 1 learners, 1 files not loaded.');
    expect(screen.getByText('broken.json was not loaded: it is not valid JSON.')).toBeTruthy();
  });
});
