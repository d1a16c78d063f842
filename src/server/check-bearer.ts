import { createHash, timingSafeEqual } from 'node:crypto';

function digest(s: string): Buffer {
  // Hashing first gives equal-length buffers, so the comparison time says nothing about length.
  return createHash('sha256').update(s, 'utf8').digest();
}

/**
 * Whether an Authorization header carries one of `tokens`: `Bearer <token>`, or `Basic` with the
 * token as password (so a browser can open /docs and /admin/queues through its login prompt).
 */
export function checkBearer(header: string | undefined, tokens: readonly string[]): boolean {
  if (!header || tokens.length === 0) return false;
  const space = header.indexOf(' ');
  if (space < 0) return false;
  const scheme = header.slice(0, space).toLowerCase();
  let presented = header.slice(space + 1).trim();
  if (scheme === 'basic') {
    const decoded = Buffer.from(presented, 'base64').toString('utf8');
    presented = decoded.slice(decoded.indexOf(':') + 1);
  } else if (scheme !== 'bearer') {
    return false;
  }
  const d = digest(presented);
  let ok = false;
  for (const t of tokens) ok = timingSafeEqual(d, digest(t)) || ok;
  return ok;
}
