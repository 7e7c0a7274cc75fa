/**
 * Every runtime, framework, tool and image version a lesson names, with its release and end-of-life dates
 * and the official page they come from, and the release a lesson teaches as current.
 *
 * Lessons never write a current version by hand: they write a placeholder that the build replaces from
 * this file (plugins/remark-versions, src/lib/versions.ts), so one edit here updates every lesson and
 * translation. `npm test` fails when a lesson names a release whose end of life falls before the lesson's
 * `last_reviewed` date; `npm run freshness` lists releases that reach end of life within six months.
 *
 * Dates are YYYY-MM-DD, or YYYY-MM where the source gives only a month (the check then takes the last day
 * of that month). `eol: null` means the source announces no date yet. Where the official page could not
 * be read when the entry was checked, the field is null and `note` says so: never fill in a date from
 * memory or from a third-party table.
 */

export type IsoDay = `${number}-${number}-${number}`;
export type IsoMonth = `${number}-${number}`;
export type VersionDate = IsoDay | IsoMonth;

export type Release = {
  version: string;
  released: VersionDate | null;
  eol: VersionDate | null;
  note?: string;
};

export type Product = {
  /** How a lesson names the product with a version: "Node.js 24", "actions/checkout@v6". */
  label: (version: string) => string;
  /** Other written forms, for code: `%version/node.image%` → `node:24-trixie-slim`. */
  forms?: Record<string, (version: string) => string>;
  /**
   * How a version is written in a lesson without a placeholder; group 1 is the version. The content
   * check reads these to find hand-written versions.
   */
  patterns: RegExp[];
  /** The release lessons teach as current; must be one of `releases`. */
  current: string;
  releases: Release[];
  /** The official page the dates come from. */
  source: string;
  checked: IsoDay;
};

const CHECKED: IsoDay = '2026-12-06';

/** Debian's release a slim image is based on, by codename; the Node.js image names it in its tag. */
const DEBIAN_CODENAMES: Record<string, string> = {'12': 'bookworm', '13': 'trixie'};
const CURRENT_DEBIAN = '13';

export const products = {
  node: {
    label: (v) => `Node.js ${v}`,
    forms: {
      number: (v) => v,
      // The official image's tag names the Debian release it is built on.
      image: (v): string => `node:${v}-${DEBIAN_CODENAMES[CURRENT_DEBIAN]}-slim`,
    },
    patterns: [/\bNode(?:\.js)? (\d+)\b/g, /\bnode:(\d+)-/g, /\bnode-version: (\d+)\b/g],
    current: '26',
    releases: [
      {version: '20', released: '2023-04-18', eol: '2026-04-30'},
      {version: '22', released: '2024-04-24', eol: '2027-04-30'},
      {version: '24', released: '2025-05-06', eol: '2028-04-30'},
      {version: '26', released: '2026-05-05', eol: '2029-04-30'},
    ],
    source: 'https://github.com/nodejs/Release#release-schedule',
    checked: CHECKED,
  },
  dotnet: {
    label: (v) => `.NET ${v}`,
    forms: {number: (v) => v, tfm: (v) => `net${v}.0`},
    patterns: [/(?<![\w.])\.NET (\d+)\b/g, /\bnet(\d+)\.0\b/g],
    current: '10',
    releases: [
      {version: '8', released: '2023-11-14', eol: '2026-11-10'},
      {version: '10', released: '2025-11-11', eol: '2028-11-14'},
    ],
    source: 'https://github.com/dotnet/core/blob/main/releases.md',
    checked: CHECKED,
  },
  java: {
    label: (v) => `Java ${v}`,
    forms: {number: (v) => v},
    patterns: [/\bJava (\d+)\b/g, /\bJDK (\d+)\b/g],
    current: '25',
    releases: [
      {
        version: '21',
        released: '2023-09',
        eol: '2028-09',
        note: 'An LTS release. End of life here is the end of Oracle Premier Support, which the roadmap gives as a month.',
      },
      {version: '24', released: '2025-03', eol: '2025-09', note: 'Not an LTS release: Premier Support ended when Java 25 came out.'},
      {
        version: '25',
        released: '2025-09-16',
        eol: '2030-09',
        note: 'An LTS release. End of life here is the end of Oracle Premier Support, which the roadmap gives as a month.',
      },
    ],
    // The roadmap gives months. Java 25's release day is from Oracle's JDK 25 release note; the roadmap
    // table itself was read through copies of it when checked: confirm it at the next review.
    source: 'https://www.oracle.com/java/technologies/java-se-support-roadmap.html',
    checked: CHECKED,
  },
  'spring-boot': {
    label: (v) => `Spring Boot ${v}`,
    forms: {number: (v) => v},
    patterns: [/\bSpring Boot (\d+(?:\.\d+)?)/g],
    current: '4.0',
    releases: [
      {version: '3.0', released: '2022-11', eol: null, note: 'The move from javax to jakarta packages. End of OSS support not read on the official page.'},
      {version: '3.2', released: '2023-11', eol: null, note: 'The first release with spring.threads.virtual.enabled. End of OSS support not read on the official page.'},
      {
        version: '4.0',
        released: '2025-11',
        eol: null,
        note: 'End of OSS support not read on the official page when checked; a third-party table gives 2026-12-31. Confirm on the source before the next review.',
      },
    ],
    source: 'https://spring.io/projects/spring-boot#support',
    checked: CHECKED,
  },
  python: {
    label: (v) => `Python ${v}`,
    forms: {number: (v) => v},
    patterns: [/\bPython (3\.\d+)\b/g, /\bpython:(3\.\d+)/g],
    current: '3.14',
    releases: [
      {version: '3.13', released: '2024-10-07', eol: '2029-10'},
      {version: '3.14', released: '2025-10-07', eol: '2030-10'},
    ],
    source: 'https://devguide.python.org/versions/',
    checked: CHECKED,
  },
  go: {
    label: (v) => `Go ${v}`,
    forms: {number: (v) => v},
    patterns: [/\bGo (1\.\d+)\b/g, /^go (1\.\d+)/gm, /\bgolang:(1\.\d+)/g],
    current: '1.26',
    releases: [
      {version: '1.14', released: '2020-02', eol: '2021-02', note: 'Supported until Go 1.16 came out (release policy: two newer major releases); days not confirmed when checked.'},
      {version: '1.21', released: '2023-08-08', eol: '2024-08-13', note: 'Supported until Go 1.23 came out.'},
      {version: '1.22', released: '2024-02-06', eol: '2025-02-11', note: 'Supported until Go 1.24 came out.'},
      {version: '1.25', released: '2025-08-12', eol: null, note: 'Supported until Go 1.27 comes out; that date was not read on the official page.'},
      {version: '1.26', released: '2026-02-11', eol: null, note: 'Supported until Go 1.28 comes out; not announced.'},
    ],
    // Days as the release history lists them; read through a mirror of that page when checked.
    source: 'https://go.dev/doc/devel/release',
    checked: CHECKED,
  },
  postgresql: {
    label: (v) => `PostgreSQL ${v}`,
    forms: {number: (v) => v, image: (v) => `postgres:${v}`},
    patterns: [/\bPostgreSQL (\d+)\b/g, /\bpostgres:(\d+)\b/g],
    current: '18',
    releases: [
      {version: '11', released: '2018-10', eol: '2023-11-09', note: 'Release day not confirmed in the table when checked.'},
      {version: '12', released: '2019-10', eol: '2024-11', note: 'Release and final-release days not confirmed in the table when checked.'},
      {version: '14', released: '2021-09-30', eol: '2026-11-12'},
      {version: '16', released: '2023-09-14', eol: '2028-11-09'},
      {version: '18', released: '2025-09-25', eol: '2030-11-14'},
    ],
    source: 'https://www.postgresql.org/support/versioning/',
    checked: CHECKED,
  },
  debian: {
    label: (v) => `Debian ${v} "${DEBIAN_CODENAMES[v]}"`,
    forms: {codename: (v) => DEBIAN_CODENAMES[v] ?? v},
    patterns: [],
    current: CURRENT_DEBIAN,
    releases: [
      {version: '12', released: '2023-06-10', eol: null, note: 'Security support dates not read on the official page when checked.'},
      {version: '13', released: '2025-08-09', eol: null, note: 'Security support dates not read on the official page when checked.'},
    ],
    source: 'https://www.debian.org/releases/',
    checked: CHECKED,
  },
  'actions-checkout': {
    label: (v) => `actions/checkout@${v}`,
    patterns: [/\bactions\/checkout@(v\d+)\b/g],
    current: 'v7',
    releases: [
      {version: 'v4', released: null, eol: null, note: 'Runs on Node.js 20, which GitHub deprecated on its runners; actions have no end-of-life date.'},
      {version: 'v6', released: null, eol: null, note: 'v6.0.0 appeared in November 2025; the exact day was not read on the releases page.'},
      {version: 'v7', released: null, eol: null, note: 'The v7.0.0 tag (and v7.0.1) is in the actions/checkout repository on a commit of June 2026; the release day was not read on the releases page.'},
    ],
    source: 'https://github.com/actions/checkout/releases',
    checked: CHECKED,
  },
  'actions-setup-node': {
    label: (v) => `actions/setup-node@${v}`,
    patterns: [/\bactions\/setup-node@(v\d+)\b/g],
    current: 'v7',
    releases: [
      {version: 'v4', released: null, eol: null, note: 'Runs on Node.js 20, which GitHub deprecated on its runners; actions have no end-of-life date.'},
      {version: 'v6', released: null, eol: null, note: 'Release day not read on the releases page.'},
      {version: 'v7', released: null, eol: null, note: 'The v7.0.0 tag is in the actions/setup-node repository on a commit of July 2026 (its README documents v7); the release day was not read on the releases page.'},
    ],
    source: 'https://github.com/actions/setup-node/releases',
    checked: CHECKED,
  },
  'actions-upload-artifact': {
    label: (v) => `actions/upload-artifact@${v}`,
    patterns: [/\bactions\/upload-artifact@(v\d+)\b/g],
    current: 'v7',
    releases: [
      {version: 'v7', released: null, eol: null, note: 'The v7.0.0 tag is in the actions/upload-artifact repository on a commit of February 2026; the release day was not read on the releases page.'},
    ],
    source: 'https://github.com/actions/upload-artifact/releases',
    checked: CHECKED,
  },
  'docker-setup-buildx': {
    label: (v) => `docker/setup-buildx-action@${v}`,
    patterns: [/\bdocker\/setup-buildx-action@(v\d+)\b/g],
    current: 'v4',
    releases: [
      {version: 'v3', released: null, eol: null, note: 'Runs on Node.js 20, which GitHub deprecated on its runners; actions have no end-of-life date.'},
      {version: 'v4', released: null, eol: null, note: 'v4.0.0 (Node.js 24 runtime) was out by March 2026; the exact day was not read on the releases page.'},
    ],
    source: 'https://github.com/docker/setup-buildx-action/releases',
    checked: CHECKED,
  },
  'docker-build-push': {
    label: (v) => `docker/build-push-action@${v}`,
    patterns: [/\bdocker\/build-push-action@(v\d+)\b/g],
    current: 'v7',
    releases: [
      {version: 'v6', released: null, eol: null, note: 'Runs on Node.js 20, which GitHub deprecated on its runners; actions have no end-of-life date.'},
      {version: 'v7', released: null, eol: null, note: 'v7.0.0 was out by March 2026; the exact day was not read on the releases page.'},
    ],
    source: 'https://github.com/docker/build-push-action/releases',
    checked: CHECKED,
  },
} satisfies Record<string, Product>;

export type ProductKey = keyof typeof products;

export const PRODUCT_KEYS = Object.keys(products) as ProductKey[];

/**
 * Product names that changed. A lesson that uses the old name is reported with the new one; the old name
 * may stay in a sentence that says it is the former name.
 */
export const renamedProducts: {old: RegExp; current: string; since: VersionDate; source: string; checked: IsoDay}[] = [
  {
    old: /\bCloud Functions\b/g,
    current: 'Cloud Run functions',
    since: '2024-08',
    source: 'https://cloud.google.com/functions/docs/2nd-gen',
    checked: CHECKED,
  },
];
