/**
 * html-validate over every page of a built site, with the project config (.htmlvalidate.mjs).
 * Validating 5,000 pages is CPU work, so the pages are shared out over one worker thread per core
 * (tests/support/html-validity-worker.ts), each with one validator whose config is resolved once.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Every html-validate message for the given pages of a site, as "file:line:column: rule: message".
 *
 * @example await invalidHtml('dist', ['codes/550.html']) // -> []
 */
export async function invalidHtml(
  dir: string,
  files: readonly string[],
  threads = availableParallelism(),
): Promise<string[]> {
  const count = Math.max(1, Math.min(threads, files.length));
  // Every count-th page to each thread, so that each gets a like mix of page kinds.
  const shares = Array.from({ length: count }, (_, i) => files.filter((_, j) => j % count === i));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<string[]>((resolve, reject) => {
          const worker = new Worker(new URL('./html-validity-worker.ts', import.meta.url), {
            workerData: { dir, files: share },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`html-validate worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
  return results.flat();
}
