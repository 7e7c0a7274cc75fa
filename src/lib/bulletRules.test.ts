import {describe, expect, it} from 'vitest';
import {
  EMPTY_FIELDS,
  MAX_BULLET_LENGTH,
  VAGUE_RULES,
  bulletLength,
  checkBullet,
  composeBullet,
  findMetrics,
  findVaguePhrases,
  tidyPart,
  type BulletFields,
} from './bulletRules';

const fields = (values: Partial<BulletFields>): BulletFields => ({...EMPTY_FIELDS, ...values});
const phrases = (text: string) => findVaguePhrases(text).map(({rule}) => rule.id);

describe('composeBullet', () => {
  it('follows the template: system, work, production context, result', () => {
    expect(
      composeBullet({
        system: 'the order API (Node.js, PostgreSQL)',
        work: 'added idempotency keys to order creation',
        context: 'while mobile clients retried on slow networks',
        result: 'duplicate orders stopped',
      }),
    ).toBe(
      'The order API (Node.js, PostgreSQL): added idempotency keys to order creation, while mobile clients retried on slow networks; duplicate orders stopped.',
    );
  });

  it('is empty when every field is empty or blank', () => {
    expect(composeBullet(EMPTY_FIELDS)).toBe('');
    expect(composeBullet(fields({system: '   ', work: '\n\t', context: ' . ', result: ',;'}))).toBe('');
  });

  it('drops the punctuation of a missing part', () => {
    expect(composeBullet(fields({system: 'Checkout API'}))).toBe('Checkout API.');
    expect(composeBullet(fields({work: 'added retries'}))).toBe('Added retries.');
    expect(composeBullet(fields({system: 'Checkout API', result: 'no more timeouts'}))).toBe('Checkout API; no more timeouts.');
    expect(composeBullet(fields({work: 'added retries', context: 'under live traffic'}))).toBe('Added retries, under live traffic.');
    expect(composeBullet(fields({context: 'during Black Friday'}))).toBe('During Black Friday.');
    expect(composeBullet(fields({result: 'support stopped receiving duplicate-charge tickets'}))).toBe(
      'Support stopped receiving duplicate-charge tickets.',
    );
    expect(composeBullet(fields({system: 'Billing job', work: 'wrote a runbook', result: 'fewer pages'}))).toBe(
      'Billing job: wrote a runbook; fewer pages.',
    );
  });

  it('removes trailing periods and stray punctuation so the bullet ends with exactly one period', () => {
    expect(
      composeBullet({system: 'Payouts service.', work: 'added a reconciliation job.', context: 'with money at stake,', result: 'no silent differences..'}),
    ).toBe('Payouts service: added a reconciliation job, with money at stake; no silent differences.');
    expect(composeBullet(fields({work: 'Fixed it;:', result: 'done…'}))).toBe('Fixed it; done.');
    expect(composeBullet(fields({result: 'Is it done?'}))).toBe('Is it done?');
  });

  it('keeps the period of an abbreviation', () => {
    expect(composeBullet(fields({work: 'hired in the U.S.', result: 'faster reviews'}))).toBe('Hired in the U.S.; faster reviews.');
    expect(composeBullet(fields({work: 'wrote docs for the U.S.'}))).toBe('Wrote docs for the U.S.');
    expect(composeBullet(fields({work: 'used Redis, Kafka, etc.', result: 'ok'}))).toBe('Used Redis, Kafka, etc.; ok.');
  });

  it('collapses extra spaces and line breaks, and drops a typed list marker', () => {
    expect(composeBullet(fields({system: '  the   checkout\nAPI ', work: '- \tadded   retries  '}))).toBe('The checkout API: added retries.');
    expect(composeBullet(fields({system: '• Checkout API', context: ', under live traffic'}))).toBe('Checkout API, under live traffic.');
  });

  it('capitalises the first word only when it is all lower case', () => {
    expect(composeBullet(fields({system: 'iOS backend'}))).toBe('iOS backend.');
    expect(composeBullet(fields({system: 'the API'}))).toBe('The API.');
    expect(composeBullet(fields({system: 'élan service'}))).toBe('Élan service.');
    expect(composeBullet(fields({system: '(Go) pricing service'}))).toBe('(Go) pricing service.');
  });

  it('lower-cases an ordinary capitalised word that opens a later part, and keeps names and acronyms', () => {
    expect(composeBullet(fields({system: 'Checkout API', work: 'Added retries', context: 'While live', result: 'Duplicate orders stopped'}))).toBe(
      'Checkout API: added retries, while live; duplicate orders stopped.',
    );
    expect(composeBullet(fields({system: 'Checkout API', work: 'AWS migration', result: 'PostgreSQL load fell'}))).toBe(
      'Checkout API: AWS migration; PostgreSQL load fell.',
    );
    expect(composeBullet(fields({system: 'Checkout', context: 'Kafka events were live', result: 'I led it'}))).toBe(
      'Checkout, Kafka events were live; I led it.',
    );
    expect(composeBullet(fields({system: 'Checkout', result: 'A slow partner no longer blocked it'}))).toBe(
      'Checkout; a slow partner no longer blocked it.',
    );
    expect(composeBullet(fields({system: 'Checkout', result: 'A/B tests ran'}))).toBe('Checkout; A/B tests ran.');
  });

  it('is deterministic', () => {
    const input = fields({system: 'x', work: 'Y', context: 'z', result: 'W'});
    expect(composeBullet(input)).toBe(composeBullet({...input}));
  });
});

describe('tidyPart', () => {
  it('trims, collapses and strips trailing punctuation but not abbreviations', () => {
    expect(tidyPart('  a   b. ')).toBe('a b');
    expect(tidyPart('e.g.')).toBe('e.g.');
    expect(tidyPart('Node.js.')).toBe('Node.js');
    expect(tidyPart('done.;,')).toBe('done');
    expect(tidyPart('...')).toBe('');
  });
});

describe('findVaguePhrases', () => {
  it('finds each phrase in the list', () => {
    expect(phrases('Responsible for the API')).toEqual(['responsible-for']);
    expect(phrases('worked on payments')).toEqual(['worked-on']);
    expect(phrases('Worked with Java, Spring')).toEqual(['worked-with']);
    expect(phrases('helped with the migration')).toEqual(['helped-with']);
    expect(phrases('helping to migrate')).toEqual(['helped-with']);
    expect(phrases('involved in the redesign')).toEqual(['involved-in']);
    expect(phrases('Participated in incident response')).toEqual(['participated-in']);
    expect(phrases('assisted the lead')).toEqual(['assisted']);
    expect(phrases('assisting seniors')).toEqual(['assisted']);
    expect(phrases('various services')).toEqual(['various']);
    expect(phrases('Redis, Kafka, etc.')).toEqual(['etc']);
    expect(phrases('Redis, Kafka etc')).toEqual(['etc']);
    expect(phrases('Implemented best practices')).toEqual(['best-practices']);
  });

  it('is case-insensitive and reports the words as typed, spaces collapsed', () => {
    expect(findVaguePhrases('RESPONSIBLE   FOR billing')).toMatchObject([{match: 'RESPONSIBLE FOR'}]);
    expect(findVaguePhrases('Worked\nOn it')).toMatchObject([{match: 'Worked On'}]);
  });

  it('respects word boundaries, hyphens and slashes included', () => {
    expect(phrases('co-worked on the API')).toEqual([]);
    expect(phrases('reworked only the API')).toEqual([]);
    expect(phrases('worked online')).toEqual([]);
    expect(phrases('worked on-call shifts')).toEqual([]);
    expect(phrases('irresponsible for sure')).toEqual([]);
    expect(phrases('built an AI assistant')).toEqual([]);
    expect(phrases('edited /etc/hosts')).toEqual([]);
    expect(phrases('fetch the sketch')).toEqual([]);
    expect(phrases('the variousness')).toEqual([]);
    expect(phrases('(worked on) it')).toEqual(['worked-on']);
    expect(phrases('"various"')).toEqual(['various']);
  });

  it('finds several phrases at once, once per rule, in rule order', () => {
    expect(phrases('Worked on various services, etc. Also worked on others; assisted the team.')).toEqual(['worked-on', 'assisted', 'various', 'etc']);
  });

  it('has a rationale and a suggestion for every rule, with unique ids', () => {
    expect(new Set(VAGUE_RULES.map((rule) => rule.id)).size).toBe(VAGUE_RULES.length);
    for (const rule of VAGUE_RULES) {
      expect(rule.rationale.length).toBeGreaterThan(20);
      expect(rule.suggestion.length).toBeGreaterThan(20);
      expect(findVaguePhrases(rule.phrase).map(({rule: found}) => found.id)).toContain(rule.id);
    }
  });
});

describe('findMetrics', () => {
  it('counts percentages, multipliers, separated and decimal numbers, counts and units', () => {
    expect(findMetrics('cut p95 latency by 40%')).toEqual(['40%']);
    expect(findMetrics('12.5 % fewer errors, 40 percent less')).toEqual(['12.5 %', '40 percent']);
    expect(findMetrics('3x faster, 10X cheaper, 4× smaller')).toEqual(['3x', '10X', '4×']);
    expect(findMetrics('for 2,000 merchants')).toEqual(['2,000']);
    expect(findMetrics('from 1.2 s to 300ms')).toEqual(['1.2', '300ms']);
    expect(findMetrics('10k events, 2M rows, 5GB, 200rps')).toEqual(['10k', '2M', '5GB', '200rps']);
    expect(findMetrics('one planned 20-minute maintenance window')).toEqual(['20-minute']);
    expect(findMetrics('caught 2 breaking changes')).toEqual(['2']);
    expect(findMetrics('$40k saved')).toEqual(['40k']);
    expect(findMetrics('(75%)')).toEqual(['75%']);
  });

  it('ignores figures that are part of a name, bare years and number words', () => {
    expect(findMetrics('p95 latency and p99.9')).toEqual([]);
    expect(findMetrics('S3, EC2, OAuth2, v2, 2FA, K8s, i18n')).toEqual([]);
    expect(findMetrics('fewer 5xx and 4xx errors')).toEqual([]);
    expect(findMetrics('moved to HTTP/2')).toEqual([]);
    expect(findMetrics('remote since 2022')).toEqual([]);
    expect(findMetrics('two breaking changes, four times faster')).toEqual([]);
    expect(findMetrics('0x1F')).toEqual([]);
  });

  it('counts a year-like number that carries a unit or a separator', () => {
    expect(findMetrics('2,022 tickets, 2000ms')).toEqual(['2,022', '2000ms']);
  });
});

describe('checkBullet', () => {
  const kinds = (input: Partial<BulletFields>) => checkBullet(fields(input)).map((warning) => warning.key);

  it('says nothing while every field is empty', () => {
    expect(checkBullet(EMPTY_FIELDS)).toEqual([]);
    expect(kinds({system: '  '})).toEqual([]);
  });

  it('asks for a result once anything else is written', () => {
    expect(kinds({system: 'Checkout API'})).toEqual(['missing-result']);
    expect(kinds({system: 'Checkout API', result: ' . '})).toEqual(['missing-result']);
    expect(kinds({system: 'Checkout API', result: 'no more timeouts'})).toEqual([]);
  });

  it('links each vague phrase to its field, several at once', () => {
    const warnings = checkBullet(
      fields({system: 'various services', work: 'Responsible for and worked on the API', context: 'assisted seniors', result: 'things improved etc.'}),
    );
    expect(warnings.map((warning) => warning.key)).toEqual([
      'vague-system-various',
      'vague-work-responsible-for',
      'vague-work-worked-on',
      'vague-context-assisted',
      'vague-result-etc',
    ]);
    expect(warnings[1]).toMatchObject({kind: 'vague', field: 'work', match: 'Responsible for'});
  });

  it('notes numbers in the work, context and result, not in the system', () => {
    const warnings = checkBullet(fields({system: 'Java 17 service', work: 'cut p95 latency by 40%', context: 'for 2,000 merchants', result: '3x faster'}));
    expect(warnings.map((warning) => warning.key)).toEqual(['metric-work', 'metric-context', 'metric-result']);
    expect(warnings[0]).toMatchObject({field: 'work', numbers: ['40%']});
    expect(kinds({system: 'x', result: 'p95 latency stopped spiking at month end'})).toEqual([]);
  });

  it('warns when the bullet is longer than the limit, counting characters', () => {
    const atLimit = fields({work: 'a'.repeat(MAX_BULLET_LENGTH - 4), result: 'b'});
    expect(bulletLength(composeBullet(atLimit))).toBe(MAX_BULLET_LENGTH);
    expect(checkBullet(atLimit).map((warning) => warning.key)).toEqual([]);
    const over = fields({work: 'a'.repeat(MAX_BULLET_LENGTH - 3), result: 'b'});
    expect(checkBullet(over)).toEqual([{kind: 'long', key: 'long', length: MAX_BULLET_LENGTH + 1, max: MAX_BULLET_LENGTH}]);
    expect(bulletLength('é→')).toBe(2);
  });

  it('gives every warning a unique key', () => {
    const warnings = checkBullet(
      fields({system: 'various', work: 'worked on 40% '.repeat(20), context: 'worked on 3x', result: ''}),
    );
    const keys = warnings.map((warning) => warning.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(['vague-system-various', 'vague-work-worked-on', 'metric-work', 'vague-context-worked-on', 'metric-context', 'missing-result', 'long']);
  });
});
