/**
 * The editor's loop for `npm run dev`: an Astro integration that re-runs the
 * ingest whenever a seed or an editor's verdict changes, so that the open
 * page shows the change without a restart.
 *
 * - At startup (`astro dev` only) it runs the ingest once, before Astro reads
 *   the content, so the dev server starts on fresh pages.
 * - It watches the seeds folder, `<content>/verdicts/`, `<content>/aliases.yaml` and the desk's
 *   outlet rules `<content>/outlets.yaml` through Vite's
 *   watcher. Changes are debounced; one ingest runs at a time, and changes
 *   that arrive during a run queue exactly one rerun.
 * - The ingest is the CLI (`node_modules/.bin/tsx scripts/cli.ts ingest
 *   --seeds … --content …`), never the pipeline imported: the writer only
 *   rewrites pages whose bytes changed, and Astro's content layer (which
 *   watches `<content>/articles/`) reloads the page that changed.
 * - When the ingest fails (an invalid verdict file: exit 1 and a message),
 *   the message goes to the terminal and to the browser's error overlay, and
 *   the dev server keeps running. A browser that connects while the error
 *   stands gets it too. The next successful run clears it (full reload).
 *
 * Folders: `FACTLINE_SEEDS_DIR` (default `seeds`) and `FACTLINE_CONTENT_DIR`
 * (default `content`, also read by `src/content.config.ts`), relative to the
 * project root; or the integration's options.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

export interface FactlineDevOptions {
  /** The seeds folder (default: `FACTLINE_SEEDS_DIR`, else `seeds`). */
  seeds?: string;
  /** The content folder (default: `FACTLINE_CONTENT_DIR`, else `content`). */
  content?: string;
  /** How long to wait after the last change before ingesting, in ms (default 150). */
  debounceMs?: number;
}

// ---------------------------------------------------------------------------
// The scheduler: pure (timers injected), unit-tested.

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Scheduler {
  /** A change happened: (re)start the debounce; when it ends, run (or queue one rerun if a run is going on). */
  trigger(): void;
  /** Run now (no debounce), or queue one rerun if a run is going on. */
  runNow(): void;
  /** Resolves when nothing is waiting, queued or running. */
  idle(): Promise<void>;
  /** Stop: cancel the debounce and drop a queued rerun (a run under way finishes). */
  dispose(): void;
  readonly state: { waiting: boolean; running: boolean; queued: boolean; runs: number };
}

/**
 * Debounced, single-flight runner. `run` is never called while a previous
 * call is unfinished; any number of changes during a run give one rerun,
 * started as soon as the run ends. A rejected `run` is passed to `onError`
 * and does not stop later runs.
 */
export function createScheduler(
  run: () => Promise<void>,
  options: { debounceMs: number; timers?: Timers; onError?: (error: unknown) => void },
): Scheduler {
  const timers = options.timers ?? realTimers;
  let timer: unknown;
  let waiting = false;
  let running = false;
  let queued = false;
  let disposed = false;
  let runs = 0;
  let idleWaiters: (() => void)[] = [];

  const settle = () => {
    if (waiting || running || queued) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const start = () => {
    if (disposed) return;
    if (running) {
      queued = true;
      return;
    }
    running = true;
    runs += 1;
    let promise: Promise<void>;
    try {
      promise = Promise.resolve(run());
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = false;
        if (queued && !disposed) {
          queued = false;
          start();
        } else {
          queued = false;
          settle();
        }
      });
  };

  return {
    trigger() {
      if (disposed) return;
      if (waiting) timers.clear(timer);
      waiting = true;
      timer = timers.set(() => {
        waiting = false;
        start();
        settle();
      }, options.debounceMs);
    },
    runNow() {
      if (disposed) return;
      if (waiting) {
        timers.clear(timer);
        waiting = false;
      }
      start();
    },
    idle() {
      if (!waiting && !running && !queued) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    dispose() {
      disposed = true;
      if (waiting) timers.clear(timer);
      waiting = false;
      queued = false;
      settle();
    },
    get state() {
      return { waiting, running, queued, runs };
    },
  };
}

/** Whether a watcher event for `file` concerns the ingest: one of `files`, or a file inside one of `folders`, not an editor's temporary. */
export function isWatchedFile(file: string, folders: readonly string[], files: readonly string[] = []): boolean {
  const path = resolve(file);
  if (files.some((watched) => resolve(watched) === path)) return true;
  const inside = folders.some((folder) => {
    const rel = relative(folder, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  });
  if (!inside) return false;
  const name = path.slice(path.lastIndexOf(sep) + 1);
  // Editors' swap, backup and lock files: .x.swp, x~, .#x, 4913 (vim's probe), x.tmp
  return !(name.startsWith('.') || name.startsWith('#') || name.endsWith('~') || name === '4913' || name.endsWith('.tmp'));
}

/** A path for the terminal: relative to the project when inside it, else absolute. */
export function displayPath(root: string, file: string): string {
  const rel = relative(root, resolve(root, file));
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(root, file) : rel;
}

/** The message to show for a failed ingest: what it printed on stderr, else its exit status. */
export function failureMessage(stderr: string, code: number | null, signal: NodeJS.Signals | null): string {
  const text = stderr.trim();
  if (text !== '') return text;
  return signal ? `factline ingest was stopped by ${signal}` : `factline ingest exited with ${code}`;
}

// ---------------------------------------------------------------------------
// Running the CLI.

export interface IngestResult {
  ok: boolean;
  /** On failure, the message to show (the CLI's stderr). */
  message: string;
}

/** Runs `tsx scripts/cli.ts ingest --seeds … --content …` in `root`, echoing its lines to the logger. */
export function runIngestCli(root: string, seeds: string, content: string, logger: AstroIntegrationLogger): Promise<IngestResult> {
  return new Promise((done) => {
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['scripts/cli.ts', 'ingest', '--quiet', '--seeds', seeds, '--content', content], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => done({ ok: false, message: `cannot run the ingest: ${error.message}` }));
    child.on('close', (code, signal) => {
      for (const line of stdout.split('\n')) if (line.trim() !== '') logger.info(line);
      if (code === 0) {
        // Skipped files and warnings: reported, not failures.
        for (const line of stderr.split('\n')) if (line.trim() !== '') logger.warn(line);
        done({ ok: true, message: '' });
      } else {
        const message = failureMessage(stderr, code, signal);
        for (const line of message.split('\n')) logger.error(line);
        done({ ok: false, message });
      }
    });
  });
}

export interface ErrorLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * Where the first problem of a failed ingest is, for the overlay to show the
 * file: the first `- FILE.yaml: …` line of the message, at the line of the
 * YAML error (`at line N, column M`) or of the claim id it names, else line 1.
 */
export function errorLocation(message: string, root: string, readFile: (file: string) => string | null): ErrorLocation | null {
  const match = /^\s*-\s+(.+?\.ya?ml):\s(.*)$/m.exec(message);
  if (!match) return null;
  const file = resolve(root, match[1]!);
  const text = readFile(file);
  if (text === null) return null;
  const detail = match[2]!;
  const at = /at line (\d+), column (\d+)/.exec(detail);
  if (at) return { file, line: Number(at[1]), column: Number(at[2]) };
  const path = /`(c-[0-9a-f]+)(?:\.([A-Za-z_]+))?[.`]/.exec(detail);
  const [id, field] = [path?.[1], path?.[2]];
  const lines = text.split(/\r?\n/);
  const index = id === undefined ? -1 : lines.findIndex((line) => line.startsWith(`${id}:`) || line.startsWith(`"${id}":`) || line.startsWith(`'${id}':`));
  if (index === -1) return { file, line: 1, column: 1 };
  // The claim's field (`status`, `evidence`…), if it is there before the next claim.
  for (let i = index + 1; field !== undefined && i < lines.length && !/^\S/.test(lines[i]!); i++) {
    const column = lines[i]!.search(/\S/);
    if (column !== -1 && lines[i]!.slice(column).startsWith(`${field}:`)) return { file, line: i + 1, column: column + 1 };
  }
  return { file, line: index + 1, column: 1 };
}

/** The payload of the dev server's error overlay for a failed ingest. */
export function overlayError(
  message: string,
  loc: ErrorLocation | null = null,
  fullCode: string | null = null,
): { type: 'error'; err: { name: string; title: string; message: string; hint: string; stack: string; loc?: ErrorLocation; fullCode?: string } } {
  return {
    type: 'error',
    err: {
      name: 'FactlineIngestError',
      title: 'The ingest failed: the pages were not updated.',
      message,
      hint: 'Fix the file and save it: the ingest runs again and this message goes away. The dev server keeps running.',
      stack: '',
      // Astro's overlay shows the file, highlighted at `loc`, when given its text.
      ...(loc ? { loc } : {}),
      ...(loc && fullCode !== null ? { fullCode } : {}),
    },
  };
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// The integration.

export default function factlineDev(options: FactlineDevOptions = {}): AstroIntegration {
  let root = process.cwd();
  const seedsOption = () => options.seeds ?? (process.env.FACTLINE_SEEDS_DIR || 'seeds');
  const contentOption = () => options.content ?? (process.env.FACTLINE_CONTENT_DIR || 'content');
  /** The error of the last ingest, shown to every browser that connects until a run succeeds. */
  let standingError: string | null = null;

  return {
    name: 'factline-dev',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'dev') return;
        // The first ingest, before the content layer reads the pages.
        const result = await runIngestCli(root, seedsOption(), contentOption(), logger);
        standingError = result.ok ? null : result.message;
      },
      'astro:server:setup': ({ server, logger }) => {
        const seeds = resolve(root, seedsOption());
        const verdicts = resolve(root, contentOption(), 'verdicts');
        const folders = [seeds, verdicts];
        // A desk's speaker aliases and outlet rules (read by the ingest, never written).
        const files = [resolve(root, contentOption(), 'outlets.yaml'), resolve(root, contentOption(), 'aliases.yaml')];
        const hot = server.environments.client.hot;

        const showError = () => {
          if (standingError === null) return;
          const loc = errorLocation(standingError, root, readText);
          hot.send(overlayError(standingError, loc, loc ? readText(loc.file) : null));
        };

        /** Files changed since the last run started, for the terminal. */
        const changed = new Set<string>();
        const scheduler = createScheduler(
          async () => {
            const files = [...changed].sort();
            changed.clear();
            if (files.length > 0) {
              logger.info(`${files.length === 1 ? files[0] : `${files.length} files`} changed: ingesting`);
            }
            const result = await runIngestCli(root, seedsOption(), contentOption(), logger);
            if (result.ok) {
              const hadError = standingError !== null;
              standingError = null;
              // Pages that changed reload through the content layer; after an
              // error, reload anyway so the overlay goes even if no page changed.
              if (hadError) hot.send({ type: 'full-reload', path: '*' });
            } else {
              standingError = result.message;
              showError();
            }
          },
          { debounceMs: options.debounceMs ?? 150, onError: (error) => logger.error(String(error)) },
        );

        server.watcher.add([...folders, ...files]);
        const onEvent = (file: string) => {
          if (!isWatchedFile(file, folders, files)) return;
          changed.add(displayPath(root, file));
          scheduler.trigger();
        };
        server.watcher.on('add', onEvent);
        server.watcher.on('change', onEvent);
        server.watcher.on('unlink', onEvent);
        // A page opened (or reloaded) while the error stands shows it too.
        server.ws.on('connection', () => setTimeout(showError, 200));
        server.httpServer?.once('close', () => scheduler.dispose());
        if (standingError !== null) logger.error('The ingest failed at startup; the message is shown in the browser until the file is fixed.');
      },
    },
  };
}
