import {execFile} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {bundleChecker} from './index';

const SITE = 'https://example.org/path/';
let dir: string;
let bundle: string;

/** Runs the bundle in a directory with no node_modules anywhere above it: nothing but Node. */
const runBundle = (args: string[]) =>
  new Promise<{code: number; stdout: string; stderr: string}>((resolve) => {
    execFile(process.execPath, [join(dir, 'check.mjs'), ...args], {cwd: dir, env: {PATH: process.env.PATH, LANG: 'C'}}, (error, stdout, stderr) =>
      resolve({code: error ? Number(error.code) : 0, stdout, stderr}),
    );
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'capstone-bundle-'));
  bundle = await bundleChecker(SITE);
  writeFileSync(join(dir, 'check.mjs'), bundle);
});

afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('the bundled checker (build/capstone/check.mjs)', () => {
  it('is one file under 100 KB that imports nothing but Node built-ins', () => {
    expect(Buffer.byteLength(bundle)).toBeLessThan(100 * 1024);
    const imports = [...bundle.matchAll(/\bfrom\s*"([^"]+)"|\bimport\s*\(\s*"([^"]+)"\)|\brequire\(\s*"([^"]+)"\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(imports.filter((name) => !name!.startsWith('node:'))).toEqual([]);
  });

  it('runs with nothing installed: --help, a usage error, and a real run against a server', async () => {
    const help = await runBundle(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: node check.mjs <base-url> [options]');
    // Lesson links point at the site that serves the file.
    expect(help.stdout).toContain(`${SITE}docs/next/capstone/`);

    const usage = await runBundle(['--frobnicate']);
    expect(usage.code).toBe(64);
    expect(usage.stderr).toContain('Unknown option --frobnicate.');

    const server = createServer((_req, res) => res.writeHead(200, {'Content-Type': 'application/json'}).end('{}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const run = await runBundle([`http://127.0.0.1:${(server.address() as AddressInfo).port}`, '--json', '--no-progress']);
      expect(run.code).toBe(1);
      const result = JSON.parse(run.stdout) as {status: string; checks: {lesson: string}[]};
      expect(result.status).toBe('failed');
      expect(result.checks[0]!.lesson).toBe(`${SITE}docs/next/the-role/api-design/#the-contract-comes-first`);
      expect(run.stderr).toBe('');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
