/**
 * The token an Authorization header presents: `Bearer <token>`, or `Basic` with the token as the
 * password (what a browser's login prompt sends for /docs and /admin/queues). Null for a missing
 * header or another scheme. Says nothing about whether the token is valid.
 */
export function presentedToken(header: string | undefined): string | null {
  if (!header) return null;
  const space = header.indexOf(' ');
  if (space < 0) return null;
  const scheme = header.slice(0, space).toLowerCase();
  const presented = header.slice(space + 1).trim();
  if (scheme === 'bearer') return presented;
  if (scheme !== 'basic') return null;
  const decoded = Buffer.from(presented, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}
