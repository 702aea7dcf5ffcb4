/**
 * A worker thread of the ingest (started by `worker-pool.ts`): loads the
 * pipeline once, says it is ready, then runs each task it is sent and
 * replies, one at a time.
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type Task, type WorkerMessage } from './ingest-tasks.ts';

const port = parentPort;
if (!port) throw new Error('ingest-worker.ts runs only as a worker thread');
port.on('message', (task: Task) => port.postMessage({ reply: runTask(task) } satisfies WorkerMessage));
port.postMessage({ ready: true } satisfies WorkerMessage);
