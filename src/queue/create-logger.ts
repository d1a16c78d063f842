import { pino, destination, type Logger } from 'pino';

/**
 * The structured logger of the API and workers: JSON lines on stderr, level from `LOG_LEVEL`
 * (default `info`). Callers log record ids (sha256), stages, timings and error codes only; the
 * redact list is a second line of defence for fields that could carry record text or names.
 */
export function createLogger(name: string): Logger {
  return pino(
    {
      name,
      level: process.env['LOG_LEVEL'] ?? 'info',
      redact: { paths: ['text', 'fileName', 'facts', 'pages', 'req.headers.authorization', '*.text', '*.fileName'], censor: '[redacted]' },
    },
    destination(2),
  );
}
