/**
 * `--start "CMD"`: the learner's service as a child process, so the restart check can stop it with
 * SIGTERM (SIGKILL after 10 s) and start it again. CMD runs in its own process group, so a shell,
 * `npm run` and the server behind them all get the signal.
 */
import {spawn, type ChildProcess} from 'node:child_process';

export const STOP_GRACE_MS = 10_000;
const KEPT_LINES = 20;

export class ServiceProcess {
  #child: ChildProcess | null = null;
  #exit: Promise<number | null> = Promise.resolve(null);
  #exitCode: number | null | undefined;
  /** The last lines the service wrote, shown when it fails to start. */
  readonly output: string[] = [];

  constructor(
    readonly command: string,
    readonly env: Record<string, string | undefined>,
  ) {}

  get exited(): boolean {
    return this.#exitCode !== undefined;
  }

  get exitCode(): number | null | undefined {
    return this.#exitCode;
  }

  start(): void {
    const windows = process.platform === 'win32';
    const child = spawn(this.command, {shell: true, detached: !windows, env: this.env, stdio: ['ignore', 'pipe', 'pipe']});
    this.#child = child;
    this.#exitCode = undefined;
    const keep = (chunk: Buffer) => {
      this.output.push(...chunk.toString('utf8').split('\n').filter((line) => line.trim() !== ''));
      this.output.splice(0, Math.max(0, this.output.length - KEPT_LINES));
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.#exit = new Promise((resolve) => {
      child.once('error', (error) => {
        this.output.push(error.message);
        this.#exitCode = null;
        resolve(null);
      });
      child.once('exit', (code, signal) => {
        this.#exitCode = code ?? (signal ? 128 : null);
        resolve(this.#exitCode);
      });
    });
  }

  #signal(signal: NodeJS.Signals | 0): boolean {
    const pid = this.#child?.pid;
    if (pid === undefined) return false;
    try {
      if (process.platform === 'win32') return this.exited ? false : this.#child!.kill(signal || undefined);
      process.kill(-pid, signal);
      return true;
    } catch {
      return false;
    }
  }

  /** SIGTERM to the whole group, without waiting (the checker is being interrupted). */
  terminate(): void {
    this.#signal('SIGTERM');
  }

  /**
   * SIGTERM to the whole group, then SIGKILL if anything of it still runs after 10 s. It waits for the
   * whole group, not only the shell: a server still closing its database must not meet its successor.
   */
  async stop(): Promise<void> {
    if (!this.#child) return;
    this.#signal('SIGTERM');
    const deadline = Date.now() + STOP_GRACE_MS;
    const groupAlive = () => (process.platform === 'win32' ? !this.exited : this.#signal(0));
    while (groupAlive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    if (groupAlive()) this.#signal('SIGKILL');
    await this.#exit;
    this.#child = null;
  }

  /** Resolves when the process exits. */
  get exit(): Promise<number | null> {
    return this.#exit;
  }
}
