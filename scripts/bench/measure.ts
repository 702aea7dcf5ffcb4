/**
 * Runs one build step as a child process and measures it: wall time, and
 * peak resident memory two ways.
 *
 * - `peakRssKiB`: the largest single process of the step. With GNU time
 *   (`/usr/bin/time -v`, used when it exists) this is its "Maximum resident
 *   set size", i.e. the kernel's `ru_maxrss` of the child and every
 *   descendant it waited for (the maximum over processes, not their sum).
 *   Without GNU time it is the largest `VmHWM` (the kernel's own high-water
 *   mark) seen in `/proc/<pid>/status` of any process of the tree while
 *   polling.
 * - `peakTreeRssKiB`: the largest sum of `VmRSS` over the whole process tree
 *   (the step's process and all its descendants, e.g. tsx's child node, the
 *   Pagefind binary under its node wrapper) seen while polling every
 *   `POLL_MS`. A sample can miss a short spike, so this is a lower bound.
 *
 * Linux only (it reads `/proc`).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';
export const POLL_MS = 100;

export interface Measurement {
  wallMs: number;
  /** Largest single process (see the module comment), in KiB. */
  peakRssKiB: number;
  /** Largest sampled sum over the process tree, in KiB. */
  peakTreeRssKiB: number;
  /** How `peakRssKiB` was measured. */
  rssSource: 'gnu-time' | 'proc-vmhwm';
  /** User + system CPU time of the step's processes (GNU time only, else null): less sensitive than wall time to other load on the machine. */
  cpuMs: number | null;
  /** 1-minute load average when the step started. */
  loadAtStart: number;
  exitCode: number | null;
  signal: string | null;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where the step's stdout and stderr go. */
  log: string;
  /** Kill the step (and its process group) after this many ms. */
  timeoutMs?: number;
}

/** True when GNU time is installed and understands `-v` (BusyBox's does not write the same report). */
export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** `VmRSS` and `VmHWM` of one process in KiB, or null when it is gone. */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return null;
  }
}

/** Parent of every process, from `/proc/<pid>/stat`. */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function tree(root: number): number[] {
  const children = parents();
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

function parseGnuTime(report: string): { maxRssKiB: number; exitStatus: number | null; cpuMs: number | null } {
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  const status = /Exit status:\s*(\d+)/.exec(report);
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(report);
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(report);
  return {
    maxRssKiB: rss ? Number(rss[1]) : 0,
    exitStatus: status ? Number(status[1]) : null,
    cpuMs: user && system ? Math.round((Number(user[1]) + Number(system[1])) * 1000) : null,
  };
}

export async function measure(command: string, args: readonly string[], options: RunOptions): Promise<Measurement> {
  const gnu = hasGnuTime();
  const timeReport = `${options.log}.time`;
  const [file, argv] = gnu ? [GNU_TIME, ['-v', '-o', timeReport, command, ...args]] : [command, [...args]];
  const loadAtStart = Number(loadavg()[0]?.toFixed(2) ?? 0);
  const out = openSync(options.log, 'w');
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', out, out], detached: true });
  closeSync(out);
  let peakTree = 0;
  let peakHwm = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of tree(child.pid)) {
      // GNU time itself is not part of the step.
      if (gnu && pid === child.pid) continue;
      const memory = memoryOf(pid);
      if (!memory) continue;
      sum += memory.rss;
      peakHwm = Math.max(peakHwm, memory.hwm);
    }
    peakTree = Math.max(peakTree, sum);
  };
  const poll = setInterval(sample, POLL_MS);
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        }, options.timeoutMs);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (c, s) => resolve({ code: c, signal: s }));
  });
  const wallMs = performance.now() - started;
  clearInterval(poll);
  if (timer) clearTimeout(timer);
  let peakRss = peakHwm;
  let exitCode = code;
  let cpuMs: number | null = null;
  if (gnu && existsSync(timeReport)) {
    const report = readFileSync(timeReport, 'utf8');
    const parsed = parseGnuTime(report);
    peakRss = parsed.maxRssKiB;
    exitCode = parsed.exitStatus ?? code;
    cpuMs = parsed.cpuMs;
    // Keep GNU time's report next to the log; drop an empty one.
    if (report.trim() === '') await rm(timeReport, { force: true });
  }
  return {
    wallMs: Math.round(wallMs),
    peakRssKiB: peakRss,
    peakTreeRssKiB: Math.max(peakTree, 0),
    rssSource: gnu ? 'gnu-time' : 'proc-vmhwm',
    cpuMs,
    loadAtStart,
    exitCode,
    signal,
  };
}

/** Human-readable KiB → "1.23 GB" / "456 MB" / "344 kB" (decimal units, as the budgets are stated). */
export function formatBytes(kib: number): string {
  const bytes = kib * 1024;
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e7) return `${Math.round(bytes / 1e6)} MB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.round(bytes / 1e3)} kB`;
}

export function formatMs(ms: number): string {
  return ms >= 60_000 ? `${Math.floor(ms / 60_000)} min ${((ms % 60_000) / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(1)} s`;
}

export const logPath = (dir: string, name: string): string => join(dir, `${name}.log`);
