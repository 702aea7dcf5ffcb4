/**
 * Every article, claim and cluster of a built site, read the way a consumer
 * reads them: the index `claims.json`, then each shard it lists
 * (`scripts/read-exports.ts`). The same lists the single file of version 1
 * held, in the same order.
 */
import { readClaimsExport } from '../../../scripts/read-exports.ts';

export function readClaimsJson<T extends { articles: unknown[] }>(dist: string): T {
  const { articles, claims, clusters } = readClaimsExport(dist);
  return { articles, claims, clusters } as unknown as T;
}
