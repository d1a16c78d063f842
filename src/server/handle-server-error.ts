import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ChartfactsError, isChartfactsError } from '../errors/chartfacts-error.js';

/**
 * @fastify/multipart's limit errors, as the catalogue codes the API documents. The upload route
 * turns them into catalogue errors itself when it sees them; this catches the ones its part
 * iterator throws on its own (the file limit is hit while busboy is between parts).
 */
const MULTIPART_CODES: Readonly<Record<string, () => ChartfactsError>> = {
  FST_REQ_FILE_TOO_LARGE: () => new ChartfactsError('file_too_large', 'the upload is larger than the configured limit'),
  FST_FILES_LIMIT: () => new ChartfactsError('invalid_options', 'send one file per upload'),
  FST_PARTS_LIMIT: () => new ChartfactsError('invalid_options', 'the multipart body has too many parts'),
  FST_FIELDS_LIMIT: () => new ChartfactsError('invalid_options', 'the multipart body has too many fields'),
};

/**
 * The API's error handler. Answers catalogue errors as `{error: {code, message}}` with their
 * status, and everything else with a generic body. Logs only the error's name, code and status:
 * fastify's default handler logs the whole error object, and multipart errors carry the part
 * they failed on — the uploaded file name and form fields — which may name a patient.
 */
export async function handleServerError(error: FastifyError | ChartfactsError, req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const code = (error as { code?: unknown }).code;
  const typed = isChartfactsError(error) ? error : typeof code === 'string' ? MULTIPART_CODES[code]?.() : undefined;
  if (typed) {
    req.log.info({ err: { code: typed.code } }, 'request refused');
    return reply.code(typed.httpStatus).send({ error: typed.toJSON() });
  }
  const given = (error as { statusCode?: unknown }).statusCode;
  const status = typeof given === 'number' && given >= 400 && given < 600 ? given : 500;
  const name = error instanceof Error ? error.name : 'Error';
  if (status >= 500) req.log.error({ err: { name, code, statusCode: status } }, 'request failed');
  else req.log.info({ err: { name, code, statusCode: status } }, 'request refused');
  // Framework messages for client errors are fixed texts; a server error's message could hold anything.
  const fixedText = status === 429 || (status < 500 && typeof code === 'string' && code.startsWith('FST_'));
  const message = fixedText ? error.message : status < 500 ? 'the request was refused' : 'an internal error occurred';
  return reply.code(status).send({ statusCode: status, error: status === 429 ? 'Too Many Requests' : status < 500 ? 'Bad Request' : 'Internal Server Error', message });
}
