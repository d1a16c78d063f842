import { createHmac } from 'node:crypto';

/** Header that carries the callback signature: `sha256=<hex HMAC-SHA256 of the raw body>`. */
export const SIGNATURE_HEADER = 'x-chartfacts-signature';

/** The signature header value for `body` under `secret`. */
export function signCallback(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/**
 * Whether `url` may receive callbacks: http(s) only, and its host (or host:port) is on the
 * allowlist exactly. Callers never reach arbitrary URLs (no server-side request forgery).
 */
export function isAllowedCallback(url: string, allowlist: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  return allowlist.includes(host) || allowlist.includes(parsed.host.toLowerCase());
}
