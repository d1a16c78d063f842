import { streamIds, type Harness } from '../../queue/harness.js';

/** How often each record id was published on `<prefix>:results` (the decision hand-off consumers act on). */
export async function countResults(h: Harness): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const id of await streamIds(h)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
