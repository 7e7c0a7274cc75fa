import {describe, expect, it} from 'vitest';
import {bestEdition, buildGrid, cellText, csvField, gridToCsv, learnerKey, loadCohort, nameFromFileName, type Grid} from './cohort';
import {checkerReport, curriculum, progressExport} from '../../tests/unit/fixtures/cohort';

const NOW = '2026-12-06T12:00:00.000Z';
const next = curriculum('next', false, {
  basics: {one: ['basics-one-a', 'basics-one-b'], two: ['basics-two-a']},
  capstone: {contract: ['capstone-contract-checked'], data: ['capstone-data-checked']},
});
const released = curriculum('2026', true, {basics: {one: ['basics-one-a', 'basics-one-b', 'basics-one-old'], two: ['basics-two-a']}});
const curricula = [next, released];
const label = (status: string) => status;
const texts = (grid: Grid) => grid.rows.map((row) => [row.name, ...row.cells.map((cell) => cellText(cell, label))]);

describe('who a file belongs to', () => {
  it('reads the learner from a file name without the usual prefixes and suffixes', () => {
    expect(nameFromFileName('ana-souza-capstone.json')).toBe('ana souza');
    expect(nameFromFileName('latam-backend-path-progress-ana-souza-2026-12-06.json')).toBe('ana souza');
    expect(nameFromFileName('Bruno_Lima.report.json')).toBe('Bruno Lima');
    expect(nameFromFileName('latam-backend-path-progress-2026-12-06.json')).toBe('latam-backend-path-progress-2026-12-06.json');
    expect(nameFromFileName('latam-backend-path-capstone-progress.json')).toBe('latam-backend-path-capstone-progress.json');
  });

  it('matches a name whatever its case, accents and separators', () => {
    expect(learnerKey('João  Souza')).toBe(learnerKey('joao-souza'));
    expect(learnerKey('Ana')).not.toBe(learnerKey('Ana Souza'));
  });
});

describe('loading a cohort', () => {
  const files = [
    {name: 'latam-backend-path-progress-ana-souza-2026-12-01.json', text: progressExport(['basics-one-a'], 'Ana Souza')},
    {name: 'ana-souza-capstone.json', text: checkerReport(1)},
    {name: 'latam-backend-path-progress-ana-souza-2026-12-05.json', text: progressExport(['basics-one-b', 'basics-one-a'], 'Ana Souza')},
    {name: 'bruno.json', text: '{"format": "latam-backend-path-progress", "schemaVersion": 2, "ticks": '},
    {name: 'carla-lima-progress.json', text: progressExport(['basics-one-a', 'basics-one-old', 'capstone-contract-checked'])},
    {name: 'notes.json', text: '{"hello": "world"}'},
    {name: 'diego-capstone.json', text: '{"status": "passed", "seed": "x", "stages": [{"slug": "deploy", "status": "passed"}], "checks": []}'},
    {name: '=cmd.json', text: progressExport(['nope-not-an-item'], '=HYPERLINK("http://x.example")')},
  ];
  const cohort = loadCohort(files, NOW);

  it('reports each bad file by name, loads the others and merges one learner’s files into one row', () => {
    expect(cohort.notes.map((note) => [note.code, note.file])).toEqual([
      ['loaded', files[0]!.name],
      ['merged', files[1]!.name],
      ['merged', files[2]!.name],
      ['refused', 'bruno.json'],
      ['loaded', files[4]!.name],
      ['refused', 'notes.json'],
      ['refused', 'diego-capstone.json'],
      ['loaded', '=cmd.json'],
    ]);
    expect(cohort.notes[3]).toMatchObject({kind: null, problem: {code: 'not-json'}});
    expect(cohort.notes[5]).toMatchObject({problem: {code: 'unrecognised'}});
    expect(cohort.notes[6]).toMatchObject({kind: 'report', problem: {code: 'report-bad-field', field: 'stages[0].slug'}});
    expect(cohort.learners.map((learner) => learner.name)).toEqual(['Ana Souza', 'carla lima', '=HYPERLINK("http://x.example")']);
    expect(cohort.learners[0]!.files).toHaveLength(3);
  });

  it('gives the same grid for the same files loaded twice (never doubled)', () => {
    const twice = loadCohort([...files, ...files], NOW);
    expect(texts(buildGrid(twice, curricula, 'next', 'modules'))).toEqual(texts(buildGrid(cohort, curricula, 'next', 'modules')));
  });

  it('counts ticks per module and lesson, and shows each stage from reports and ticks', () => {
    const grid = buildGrid(cohort, curricula, 'next', 'lessons');
    expect(grid.columns.map((c) => c.key)).toEqual([
      'total', 'module:basics', 'lesson:basics/one', 'lesson:basics/two', 'module:capstone', 'lesson:capstone/contract', 'lesson:capstone/data',
      'stage:contract', 'stage:data', 'stage:idempotency', 'stage:security', 'stage:operations',
    ]);
    expect(texts(grid)).toEqual([
      ['=HYPERLINK("http://x.example")', '0/5', '0/3', '0/2', '0/1', '0/2', '0/1', '0/1', 'none', 'none', 'none', 'none', 'none'],
      ['Ana Souza', '2/5', '2/3', '2/2', '0/1', '0/2', '0/1', '0/1', 'passed', 'failed', 'not-run', 'not-run', 'not-run'],
      ['carla lima', '2/5', '1/3', '1/2', '0/1', '1/2', '1/1', '0/1', 'passed', 'none', 'none', 'none', 'none'],
    ]);
  });

  it('flags ticks from another edition and ticks of no edition, and reports linked to another edition', () => {
    expect(buildGrid(cohort, curricula, 'next', 'modules').notes).toEqual([
      {code: 'ticks-unknown', learner: '=HYPERLINK("http://x.example")', count: 1},
      {code: 'ticks-other-edition', learner: 'carla lima', count: 1, editions: ['2026']},
    ]);
    expect(buildGrid(cohort, curricula, '2026', 'modules').notes).toEqual([
      {code: 'ticks-unknown', learner: '=HYPERLINK("http://x.example")', count: 1},
      {code: 'report-other-edition', learner: 'Ana Souza', editions: ['next']},
      {code: 'ticks-other-edition', learner: 'carla lima', count: 1, editions: ['next']},
    ]);
  });

  it('places a cohort in the edition that holds most of its ticks', () => {
    const pinned = loadCohort([{name: 'x.json', text: progressExport(['basics-one-old', 'basics-one-a'], 'X')}], NOW);
    expect(bestEdition(pinned, curricula)).toBe('2026');
    expect(bestEdition(loadCohort([], NOW), curricula)).toBe('2026');
    expect(bestEdition(cohort, curricula)).toBe('next');
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvField('Ana Souza')).toBe('Ana Souza');
    expect(csvField('Souza, Ana')).toBe('"Souza, Ana"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvField(`${start}1+1`).startsWith(`'${start}`)).toBe(true);
    expect(csvField('=HYPERLINK("http://x.example")')).toBe(`"'=HYPERLINK(""http://x.example"")"`);
    expect(csvField('3/5')).toBe('3/5');
  });

  it('writes a header and one line per row, with CRLF line ends', () => {
    expect(gridToCsv(['Learner', 'Total'], [['Ana', '2/5'], ['-x', '0/5']])).toBe("Learner,Total\r\nAna,2/5\r\n'-x,0/5\r\n");
  });
});
