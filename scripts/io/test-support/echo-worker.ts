/**
 * A worker for the pool's own tests: replies `{ value: n * 2, thread }` to
 * the task `n`; for -1 ends the thread, for -2 throws outside any handler.
 */
import { parentPort, threadId } from 'node:worker_threads';

const port = parentPort!;
port.on('message', (task: number) => {
  if (task === -1) process.exit(5);
  if (task === -2) {
    setImmediate(() => {
      throw new Error('thrown on purpose');
    });
    return;
  }
  port.postMessage({ reply: { value: task * 2, thread: threadId } });
});
port.postMessage({ ready: true });
