import { createHash, timingSafeEqual } from 'node:crypto';
import { presentedToken } from './presented-token.js';

function digest(s: string): Buffer {
  // Hashing first gives equal-length buffers, so the comparison time says nothing about length.
  return createHash('sha256').update(s, 'utf8').digest();
}

/**
 * Whether an Authorization header carries one of `tokens`: `Bearer <token>`, or `Basic` with the
 * token as password (so a browser can open /docs and /admin/queues through its login prompt).
 */
export function checkBearer(header: string | undefined, tokens: readonly string[]): boolean {
  const presented = presentedToken(header);
  if (presented === null || tokens.length === 0) return false;
  const d = digest(presented);
  let ok = false;
  for (const t of tokens) ok = timingSafeEqual(d, digest(t)) || ok;
  return ok;
}
