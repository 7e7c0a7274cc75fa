/**
 * `node check.mjs <base-url> [options]` (the site serves it bundled) and `npm run capstone:check -- URL`.
 * Never a stack trace: usage errors exit 64, a service that cannot be checked 2, failed checks 1.
 */
import {pathToFileURL} from 'node:url';
import {capstoneLink} from './lessons';
import {LANGS, langFromEnvironment, translate, type Lang, type MessageKey, type Params} from './messages';
import {DEFAULTS, check, exitCodeOf, newSeed, type Io, type RunOptions} from './run';
import {EXIT} from './results';
import {STAGES} from './catalog';

class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params,
  ) {
    super(key);
  }
}

type Parsed = {help: true; lang: Lang} | {help: false; options: RunOptions};

const VALUE_OPTIONS = new Set(['--stage', '--seed', '--start', '--junit', '--progress', '--lang']);

export function parseArguments(argv: string[], env: Io['env']): Parsed {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError('usage.missing-value', {option: name});
      values.set(name, value);
    } else if (['--json', '--no-progress', '--help', '-h'].includes(name) && inline === undefined) {
      flags.add(name === '-h' ? '--help' : name);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError('usage.unknown-option', {option: arg});
    } else {
      positional.push(arg);
    }
  }

  const langValue = values.get('--lang');
  if (langValue !== undefined && !(LANGS as readonly string[]).includes(langValue)) {
    throw new UsageError('usage.bad-value', {option: '--lang', value: langValue, expected: LANGS.join(', ')});
  }
  const lang = (langValue as Lang | undefined) ?? langFromEnvironment(env);
  if (flags.has('--help')) return {help: true, lang};

  if (positional.length === 0) throw new UsageError('usage.missing-url', {});
  if (positional.length > 1) throw new UsageError('usage.extra-argument', {value: positional[1]!});
  let baseUrl: URL;
  try {
    baseUrl = new URL(positional[0]!);
  } catch {
    throw new UsageError('usage.bad-url', {value: positional[0]!});
  }
  if ((baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') || baseUrl.hostname === '' || baseUrl.search || baseUrl.hash) {
    throw new UsageError('usage.bad-url', {value: positional[0]!});
  }

  const stageValue = values.get('--stage') ?? String(STAGES.length);
  if (!/^[1-9]\d*$/.test(stageValue) || Number(stageValue) > STAGES.length) {
    throw new UsageError('usage.bad-value', {option: '--stage', value: stageValue, expected: `1 to ${STAGES.length}`});
  }
  const seed = values.get('--seed') ?? newSeed();
  if (!/^[\w.-]{1,64}$/.test(seed)) throw new UsageError('usage.bad-value', {option: '--seed', value: seed, expected: 'letters, digits, ".", "_" or "-", at most 64'});
  const start = values.get('--start') ?? null;
  if (start !== null && start.trim() === '') throw new UsageError('usage.bad-value', {option: '--start', value: start, expected: 'a command'});

  return {
    help: false,
    options: {
      ...DEFAULTS,
      baseUrl,
      stage: Number(stageValue),
      seed,
      start,
      json: flags.has('--json'),
      junit: values.get('--junit') ?? null,
      progress: flags.has('--no-progress') ? null : (values.get('--progress') ?? DEFAULTS.progress),
      lang,
    },
  };
}

/** Runs the CLI and returns its exit code; every error becomes a message. */
export async function main(argv: string[], io: Io, overrides: Partial<RunOptions> = {}): Promise<number> {
  let lang = langFromEnvironment(io.env);
  try {
    const parsed = parseArguments(argv, io.env);
    if (parsed.help) {
      io.out(translate(parsed.lang, 'help', {progress: DEFAULTS.progress, docs: capstoneLink()}));
      return EXIT.passed;
    }
    lang = parsed.options.lang;
    return exitCodeOf(await check({...parsed.options, ...overrides}, io));
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${translate(lang, error.key, error.params)}\n${translate(lang, 'usage.see-help')}`);
      return EXIT.usage;
    }
    io.err(translate(lang, 'internal-error', {reason: error instanceof Error ? error.message : String(error)}));
    return EXIT.error;
  }
}

const isEntryPoint = () => {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
};

if (isEntryPoint()) {
  const io: Io = {out: (text) => console.log(text), err: (text) => console.error(text), env: process.env, cwd: process.cwd()};
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT.error;
    },
  );
}
