// Talks to the chartfacts API with the signed-in bearer token. The token lives in sessionStorage
// (gone when the tab closes); a 401 anywhere forgets it and sends the user back to sign-in.

const TOKEN_KEY = 'chartfacts.token';

/** Raised when the API answers 401: the page returns to the sign-in form. */
export class UnauthorizedError extends Error {}

export function getToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function clearToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** fetch() against this origin with the bearer header; throws UnauthorizedError on 401. */
async function apiFetch(path, init = {}) {
  const headers = new Headers(init.headers ?? {});
  const token = getToken();
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(path, { ...init, headers, cache: 'no-store' });
  if (res.status === 401) {
    clearToken();
    window.dispatchEvent(new CustomEvent('chartfacts:unauthorized'));
    throw new UnauthorizedError('the API token was not accepted (401)');
  }
  return res;
}

/** The `{code, message}` of an API error body, whichever of the two error shapes it has. */
async function errorOf(res) {
  let body = null;
  try {
    body = await res.json();
  } catch {
    // A non-JSON body: the status line is all there is.
  }
  if (body?.error && typeof body.error === 'object') return { code: body.error.code ?? `http_${res.status}`, message: body.error.message ?? res.statusText };
  return { code: `http_${res.status}`, message: body?.message ?? res.statusText ?? 'request failed' };
}

/** GET returning `{status, body}`; body is null when not JSON. */
export async function getJson(path) {
  const res = await apiFetch(path, { headers: { accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  return { status: res.status, body };
}

/** Uploads one file; resolves to `{id, status}` or throws an Error carrying `code`. */
export async function uploadFile(file) {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await apiFetch('/v1/records', { method: 'POST', body: form });
  if (res.status === 202) return res.json();
  const err = await errorOf(res);
  throw Object.assign(new Error(err.message), { code: err.code });
}

const TERMINAL = new Set(['completed', 'failed']);

/** Parses server-sent events from a byte stream, calling onEvent(name, data) per event. */
async function readEvents(body, onEvent, signal) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  signal?.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replaceAll('\r\n', '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) onEvent(name, data.join('\n'));
    }
  }
}

const sleep = (ms, signal) => new Promise((resolve) => {
  const t = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
});

/**
 * Follows a record until it completes or fails, calling onState({id,status,stage,progress,error}).
 * EventSource cannot send an Authorization header, so the /events stream is read with fetch();
 * if the stream breaks before the end, or `stream` is false, the record is polled once a second.
 * @returns the last state seen (terminal unless aborted)
 */
export async function watchRecord(id, onState, signal, { stream = true } = {}) {
  let last = null;
  const seen = (s) => {
    last = s;
    onState(s);
  };
  try {
    if (!stream) throw new Error('polling by request');
    const res = await apiFetch(`/v1/records/${id}/events`, { headers: { accept: 'text/event-stream' }, signal });
    if (res.ok && res.body) {
      await readEvents(res.body, (name, data) => {
        if (name === 'state') seen(JSON.parse(data));
      }, signal);
    }
  } catch (err) {
    if (err instanceof UnauthorizedError) throw err;
    // A broken stream (proxy, network): polling below picks up from here.
  }
  while (!signal?.aborted && !(last && TERMINAL.has(last.status))) {
    const { status, body } = await getJson(`/v1/records/${id}`);
    if (status === 404) throw Object.assign(new Error('no record with this id'), { code: 'not_found' });
    if (status === 200 && body) seen({ id: body.id, status: body.status, stage: body.stage, progress: body.progress, error: body.error });
    if (last && TERMINAL.has(last.status)) break;
    await sleep(1000, signal);
  }
  return last;
}

/** Fetches `path` with the token and saves the body as `fileName` through a Blob URL. */
export async function download(path, fileName) {
  const res = await apiFetch(path);
  if (!res.ok) {
    const err = await errorOf(res);
    throw Object.assign(new Error(err.message), { code: err.code });
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
