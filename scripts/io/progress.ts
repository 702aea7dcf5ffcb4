/**
 * Progress of a long ingest on stderr: the stage it is in, with counts, e.g.
 *
 *   factline: [2/5 analyse] 3,412/10,000 articles (2,950 cached) 512/s
 *
 * then one line per finished stage with its time, and the total at the end.
 * On a terminal one line is rewritten in place (`\r`), at most ten times a
 * second; elsewhere (CI, logs) a line is printed at most every two seconds
 * while a stage runs, plus one when it ends: a few lines per run, never
 * thousands.
 *
 * `formatStage` is pure; `ProgressReporter` takes its clock and its output,
 * so both are tested without real time.
 */

export interface StageView {
  /** 1-based position of the stage, and how many there are. */
  index: number;
  count: number;
  name: string;
  done: number;
  /** Null when unknown. */
  total: number | null;
  /** What is counted: `articles`, `pages`… */
  unit: string;
  /** How many of `done` came from the cache, when the stage has one. */
  cached: number | null;
  /** Anything else to say, e.g. `41,234 claims`. */
  note: string | null;
  elapsedMs: number;
}

/** `12345` → `12,345`, whatever the locale. */
export function formatCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1234` ms → `1.2 s`. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A stage's line: while it runs, or (`final`) once it is done, with its time. */
export function formatStage(view: StageView, final: boolean): string {
  if (!final && view.total === null && view.done === 0) return `factline: [${view.index}/${view.count} ${view.name}] …${view.note === null ? '' : ` ${view.note}`}`;
  const count = final || view.total === null ? formatCount(view.done) : `${formatCount(view.done)}/${formatCount(view.total)}`;
  let line = `factline: [${view.index}/${view.count} ${view.name}] ${count} ${view.unit}`;
  if (view.cached !== null) line += ` (${formatCount(view.cached)} cached)`;
  if (view.note !== null) line += `, ${view.note}`;
  // A rate is shown once it means something: after a second.
  const rate = view.elapsedMs >= 1000 && view.done > 0 ? `${formatCount((view.done * 1000) / view.elapsedMs)}/s` : null;
  if (final) return `${line} in ${formatSeconds(view.elapsedMs)}${rate ? ` (${rate})` : ''}`;
  return rate ? `${line} ${rate}` : line;
}

/** What the ingest tells about its progress. */
export interface ProgressSink {
  /** A new stage begins (ending the one before, if any). */
  stage(name: string, options?: { total?: number | null; unit?: string; note?: string | null; cached?: boolean }): void;
  /** `done` of the stage's total are finished, `cached` of them from the cache. */
  update(done: number, cached?: number): void;
  /** The stage ends, with its final counts. */
  end(final?: { done?: number; cached?: number; note?: string | null }): void;
  /** The run is over: says how long it took. */
  finish(): void;
}

/** Says nothing (`--quiet`). */
export const SILENT: ProgressSink = { stage() {}, update() {}, end() {}, finish() {} };

export interface ReporterOptions {
  write: (text: string) => void;
  /** A terminal: rewrite one line in place. */
  tty: boolean;
  /** The stages, in order, for `[i/n name]`. */
  stages: readonly string[];
  /** Milliseconds, from any origin (default `performance.now`). */
  now?: () => number;
  /** Least time between two lines on a terminal (default 100 ms) and elsewhere (default 2,000 ms). */
  ttyIntervalMs?: number;
  logIntervalMs?: number;
}

interface Current {
  view: StageView;
  startedAt: number;
}

export class ProgressReporter implements ProgressSink {
  readonly #options: ReporterOptions;
  readonly #now: () => number;
  readonly #startedAt: number;
  #current: Current | undefined;
  /** When the last line was written. */
  #lastLine = 0;
  /** A terminal line is showing, not yet ended by a newline. */
  #open = false;

  constructor(options: ReporterOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => performance.now());
    this.#startedAt = this.#now();
  }

  stage(name: string, options: { total?: number | null; unit?: string; note?: string | null; cached?: boolean } = {}): void {
    if (this.#current) this.end();
    const index = this.#options.stages.indexOf(name) + 1;
    const now = this.#now();
    this.#current = {
      startedAt: now,
      view: {
        index: index === 0 ? this.#options.stages.length + 1 : index,
        count: this.#options.stages.length,
        name,
        done: 0,
        total: options.total ?? null,
        unit: options.unit ?? '',
        cached: options.cached ? 0 : null,
        note: options.note ?? null,
        elapsedMs: 0,
      },
    };
    this.#lastLine = now;
    if (this.#options.tty) this.#show(false);
  }

  update(done: number, cached?: number): void {
    const current = this.#current;
    if (!current) return;
    current.view.done = done;
    if (cached !== undefined && current.view.cached !== null) current.view.cached = cached;
    const interval = this.#options.tty ? (this.#options.ttyIntervalMs ?? 100) : (this.#options.logIntervalMs ?? 2000);
    if (this.#now() - this.#lastLine >= interval) this.#show(false);
  }

  end(final: { done?: number; cached?: number; note?: string | null } = {}): void {
    const current = this.#current;
    if (!current) return;
    if (final.done !== undefined) current.view.done = final.done;
    if (final.cached !== undefined && current.view.cached !== null) current.view.cached = final.cached;
    if (final.note !== undefined) current.view.note = final.note;
    this.#show(true);
    this.#current = undefined;
  }

  finish(): void {
    if (this.#current) this.end();
    this.#options.write(`factline: ingest took ${formatSeconds(this.#now() - this.#startedAt)}\n`);
  }

  #show(final: boolean): void {
    const current = this.#current!;
    const now = this.#now();
    current.view.elapsedMs = now - current.startedAt;
    this.#lastLine = now;
    const line = formatStage(current.view, final);
    if (this.#options.tty) {
      // Back to the start of the line, the new text, the rest of the old line erased.
      this.#options.write(`\r${line}\x1b[K${final ? '\n' : ''}`);
      this.#open = !final;
    } else {
      this.#options.write(`${line}\n`);
    }
  }

  /** Ends a terminal line left open, before something else is written (an error). */
  interrupt(): void {
    if (this.#open) this.#options.write('\n');
    this.#open = false;
  }
}
