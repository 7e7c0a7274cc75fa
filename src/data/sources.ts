/**
 * Every source a widget's figures come from, in one place. Lessons cite sources in their frontmatter;
 * widgets point at these entries so each number on screen can name its source, publisher and year.
 */
export type DataSource = {
  /** Title as the publisher gives it */
  name: string;
  publisher: string;
  year: number | 'n.d.';
  /** Public address, only where one is known for certain */
  url?: string;
  /** A forward-looking benchmark or forecast rather than a measurement */
  forecast: boolean;
  /** How the project reached the figure, when not first-hand */
  via?: string;
};

export const sources = {
  parallelStaffLatamSalaries2026: {
    name: 'LATAM salary breakdown, 2026',
    publisher: 'ParallelStaff',
    year: 2026,
    forecast: true,
  },
  techEmpowerCommentary2025: {
    name: 'TechEmpower framework benchmark commentary, 2025',
    publisher: 'TechEmpower',
    year: 2025,
    forecast: false,
    via: "as cited in LatoJobs' backend guide",
  },
  latoJobsBackendGuide: {
    name: 'Backend Software Developer: A Guide for LATAM Talent',
    publisher: 'LatoJobs',
    year: 'n.d.',
    url: 'https://www.latojobs.com/blog/backend-software-developer',
    forecast: false,
  },
} as const satisfies Record<string, DataSource>;

export type SourceKey = keyof typeof sources;

/** "ParallelStaff, LATAM salary breakdown, 2026" */
export function citation(key: SourceKey): string {
  const source: DataSource = sources[key];
  return `${source.publisher}, ${source.name.replace(/, \d{4}$/, '')}, ${source.year}`;
}
