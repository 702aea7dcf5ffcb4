/**
 * The per-seed and per-page work of the ingest as messages: a task in, a
 * reply out, the same whether it runs in a worker thread
 * (`ingest-worker.ts`) or in the main thread. A reply carries the outcome
 * (an analysis as its JSON text, which the main thread parses, so that a
 * fresh outcome and a cached one are the same data) and, when the task has a
 * cache key and the outcome may be cached, the cache entry's bytes, made
 * here so that worker threads share the compression.
 *
 * `runTask` never throws: whatever goes wrong becomes the seed's problem.
 */
import type { ArticlePage } from '../pipeline/build-mdast.ts';
import { analyzeSeed, problemOf, renderPage, type AnalysisOutcome, type Problem, type RenderOutcome } from '../pipeline/ingest.ts';
import type { Seed, SeedContext } from '../pipeline/types.ts';
import { encodeEntry, isCacheable } from './ingest-cache.ts';

export type Task =
  | { kind: 'analysis'; seed: Seed; slug: string; context: SeedContext; key: string | null }
  | { kind: 'page'; page: ArticlePage; key: string | null };

export type Reply =
  | { kind: 'analysis'; json: string; entry: Uint8Array | null }
  | { kind: 'page'; outcome: RenderOutcome; entry: Uint8Array | null };

/** The seed a task is about. */
export function taskSeed(task: Task): string {
  return task.kind === 'analysis' ? task.seed.name : task.page.article.seed;
}

function analysisReply(outcome: AnalysisOutcome, key: string | null): Reply {
  const json = JSON.stringify(outcome);
  return { kind: 'analysis', json, entry: key !== null && isCacheable(outcome) ? encodeEntry('analysis', key, json) : null };
}

function pageReply(outcome: RenderOutcome, key: string | null): Reply {
  return { kind: 'page', outcome, entry: key !== null && isCacheable(outcome) ? encodeEntry('page', key, JSON.stringify(outcome)) : null };
}

/** The reply for a task whose problem is already known (a crashed worker): never cached. */
export function problemReply(task: Task, problem: Problem): Reply {
  return task.kind === 'analysis' ? analysisReply({ problem }, null) : pageReply({ problem }, null);
}

export function runTask(task: Task): Reply {
  try {
    return task.kind === 'analysis' ? analysisReply(analyzeSeed(task.seed, task.slug, task.context), task.key) : pageReply(renderPage(task.page), task.key);
  } catch (error) {
    return problemReply(task, problemOf(taskSeed(task), error));
  }
}

/** What the main thread gets from a worker: one reply to the task it sent last, or word that the worker is ready. */
export type WorkerMessage = { ready: true } | { reply: Reply };
