// Entry point: sign-in, the records list with uploads, and hash routing (#/record/<id>) to the
// record view. Record progress arrives through the /events stream read with fetch() (it carries
// the bearer header, which EventSource cannot), with polling as the fallback.
import { clearToken, getJson, getToken, setToken, uploadFile, watchRecord, UnauthorizedError } from './api.js';
import { h } from './dom.js';
import { describeState, loadRemembered, remember, renderRecordList, stepper } from './record-list.js';
import { renderRecordView } from './record-view.js';

const $ = (id) => document.getElementById(id);
const TERMINAL = new Set(['completed', 'failed', 'rejected']);
const ROUTE = /^#\/record\/([0-9a-f]{64})$/;

/** Records in the list, keyed by id (or a temporary key while uploading). */
const entries = new Map();
/**
 * Running watchers by record id: `{ctl, listeners, done}`. One per record, shared by the list
 * and the record view, so a record is never followed twice.
 */
const watchers = new Map();
/**
 * Browsers allow about six HTTP/1.1 connections per host; open event streams hold one each, so
 * past this many the rest poll and uploads never wait for a free connection.
 */
const MAX_STREAMS = 3;
let streams = 0;
let view = null; // {id, abort} of the record on screen
let uploadSeq = 0;

function announce(text) {
  $('live').textContent = text;
}

function currentId() {
  return ROUTE.exec(location.hash)?.[1] ?? null;
}

function drawList() {
  const list = [...entries.values()].sort((a, b) => (b.order ?? 0) - (a.order ?? 0));
  renderRecordList($('record-list'), list, currentId());
  remember(list);
}

function showSignIn(message) {
  for (const w of watchers.values()) w.ctl.abort();
  watchers.clear();
  view?.abort.abort();
  view = null;
  $('sidebar').hidden = true;
  $('session').hidden = true;
  $('record-view').hidden = true;
  $('signin-view').hidden = false;
  const err = $('signin-error');
  err.hidden = !message;
  err.textContent = message ?? '';
  $('token').value = '';
  $('token').focus();
}

async function showApp() {
  $('signin-view').hidden = true;
  $('sidebar').hidden = false;
  $('session').hidden = false;
  $('record-view').hidden = false;
  await refreshList();
  route();
}

function failSoftly(err) {
  if (err instanceof UnauthorizedError) return; // the unauthorized event already shows sign-in
  announce(`Error: ${err.message}`);
}

/**
 * Follows a record until it finishes, updating the list; `listener` also gets each state.
 * @returns the watcher, whose `done` resolves to the last state
 */
function follow(id, listener) {
  let w = watchers.get(id);
  if (!w) {
    const ctl = new AbortController();
    const listeners = new Set();
    const stream = streams < MAX_STREAMS;
    if (stream) streams++;
    const onState = (s) => {
      const e = entries.get(id) ?? { key: id, id, order: 0 };
      const before = describeState(e);
      Object.assign(e, s);
      entries.set(id, e);
      if (describeState(e) !== before) announce(`${e.fileName ?? id.slice(0, 12)}: ${describeState(e)}`);
      drawList();
      for (const l of listeners) l(s);
    };
    const watcher = { ctl, listeners, done: null };
    watcher.done = watchRecord(id, onState, ctl.signal, { stream }).finally(() => {
      if (stream) streams--;
      if (watchers.get(id) === watcher) watchers.delete(id);
    });
    watcher.done.catch(failSoftly);
    w = watcher;
    watchers.set(id, w);
  }
  if (listener) w.listeners.add(listener);
  return w;
}

async function refreshList() {
  for (const r of loadRemembered()) if (!entries.has(r.id)) entries.set(r.id, { ...r, key: r.id, order: entries.size });
  const { status, body } = await getJson('/v1/records');
  if (status === 200) {
    for (const r of body?.records ?? []) {
      const e = entries.get(r.id) ?? { key: r.id, id: r.id, order: -1 };
      entries.set(r.id, Object.assign(e, { status: r.status, error: r.error, updatedAt: r.updatedAt }));
    }
  }
  drawList();
  for (const e of entries.values()) if (e.id && !TERMINAL.has(e.status)) follow(e.id);
}

async function uploadAll(files) {
  let first = null;
  for (const file of files) {
    const key = `upload-${++uploadSeq}`;
    const e = { key, fileName: file.name, status: 'uploading', order: Date.now() + uploadSeq };
    entries.set(key, e);
    drawList();
    announce(`${file.name}: uploading`);
    try {
      const res = await uploadFile(file);
      entries.delete(key);
      const known = entries.get(res.id);
      entries.set(res.id, Object.assign(known ?? {}, { key: res.id, id: res.id, fileName: file.name, status: res.status, stage: known?.stage ?? 'parse', progress: known?.progress ?? 0, order: e.order }));
      first ??= res.id;
      announce(`${file.name}: ${describeState(entries.get(res.id))}`);
      drawList();
      if (res.status !== 'completed' && res.status !== 'failed') follow(res.id);
    } catch (err) {
      if (err instanceof UnauthorizedError) return;
      Object.assign(e, { status: 'rejected', error: { code: err.code ?? 'upload_failed', message: err.message } });
      announce(`${file.name}: rejected (${e.error.code})`);
      drawList();
    }
  }
  if (first) location.hash = `#/record/${first}`;
}

function emptyState(root) {
  root.replaceChildren(h('div', { class: 'empty-state' },
    h('h1', {}, 'No record selected'),
    h('p', {}, 'Upload one or more PDF or .txt records on the left, or pick one from the list. Each record goes through parse, extract and decide; its facts and decision appear here with every fact linked to the text it came from.')));
}

function progressState(root, id, s, name) {
  root.replaceChildren(h('div', { class: 'empty-state' },
    h('h1', { tabindex: '-1' }, name ?? `Record ${id.slice(0, 12)}…`),
    h('p', { class: 'status-line' }, `Status: ${describeState(s)}`),
    stepper(s),
    h('progress', { max: '100', value: String(s.progress ?? 0), 'aria-label': 'Progress' }),
    h('p', { class: 'note' }, 'This view updates by itself when the record is ready.')));
}

function failedState(root, id, s, name) {
  root.replaceChildren(h('div', { class: 'empty-state' },
    h('h1', { tabindex: '-1' }, name ?? `Record ${id.slice(0, 12)}…`),
    h('div', { class: 'error-box', role: 'alert' },
      h('p', {}, h('strong', {}, 'This record failed'), s.stage && s.stage !== 'done' ? ` at the ${s.stage} stage` : '', '.'),
      h('p', {}, h('code', { class: 'error-code' }, s.error?.code ?? 'unknown'), ` ${s.error?.message ?? ''}`)),
    stepper(s)));
}

async function openRecord(id) {
  view?.abort.abort();
  const ctl = new AbortController();
  view = { id, abort: ctl, pending: false };
  const root = $('record-view');
  const name = entries.get(id)?.fileName;
  root.replaceChildren(h('p', { class: 'note' }, 'Loading…'));
  try {
    const { status, body } = await getJson(`/v1/records/${id}`);
    if (ctl.signal.aborted) return;
    if (status === 404) {
      root.replaceChildren(h('div', { class: 'empty-state' }, h('h1', {}, 'Record not found'), h('p', { class: 'error-box', role: 'alert' }, 'No record with this id. It may never have been uploaded here, or it was deleted after the retention period.')));
      return;
    }
    if (status !== 200 || !body) throw new Error(`the server answered ${status}`);
    if (body.status === 'failed') failedState(root, id, body, name);
    else if (body.status === 'completed' && body.facts) renderRecordView(root, body);
    else if (body.status === 'completed') {
      root.replaceChildren(h('div', { class: 'empty-state' }, h('h1', { tabindex: '-1' }, name ?? `Record ${id.slice(0, 12)}…`), h('p', { class: 'error-box', role: 'alert' }, 'The record completed but its facts are no longer stored (deleted after the retention period?). Upload the file again.')));
    } else {
      view.pending = true;
      progressState(root, id, body, name);
      if (!entries.has(id)) entries.set(id, { key: id, id, status: body.status, stage: body.stage, progress: body.progress, order: Date.now() });
      drawList();
      const listener = (s) => progressState(root, id, s, name);
      const w = follow(id, listener);
      ctl.signal.addEventListener('abort', () => w.listeners.delete(listener), { once: true });
      const again = await w.done;
      if (ctl.signal.aborted) return;
      if (again?.status === 'failed') failedState(root, id, again, name);
      else openRecord(id);
      return;
    }
    root.querySelector('h1')?.focus({ preventScroll: true });
  } catch (err) {
    if (err instanceof UnauthorizedError || ctl.signal.aborted) return;
    root.replaceChildren(h('div', { class: 'empty-state' }, h('h1', {}, 'Could not load the record'), h('p', { class: 'error-box', role: 'alert' }, err.message)));
  }
}

function route() {
  const id = currentId();
  drawList();
  if (id) void openRecord(id);
  else {
    view?.abort.abort();
    view = null;
    emptyState($('record-view'));
  }
}

function wireUploads() {
  const input = $('file-input');
  const zone = $('dropzone');
  $('choose-files').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const files = [...input.files];
    input.value = '';
    if (files.length) void uploadAll(files);
  });
  // Dropping a file anywhere else must not navigate away from the page.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
  zone.addEventListener('dragenter', () => zone.classList.add('drag'));
  zone.addEventListener('dragleave', (e) => {
    if (!zone.contains(e.relatedTarget)) zone.classList.remove('drag');
  });
  zone.addEventListener('drop', (e) => {
    zone.classList.remove('drag');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) void uploadAll(files);
  });
}

function init() {
  wireUploads();
  window.addEventListener('chartfacts:unauthorized', () => showSignIn('The API token was not accepted (401). Sign in again.'));
  window.addEventListener('hashchange', () => {
    if (getToken()) route();
  });
  $('signin-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const token = $('token').value.trim();
    if (!token) return;
    setToken(token);
    try {
      const { status } = await getJson('/v1/records');
      if (status === 200) await showApp();
    } catch (err) {
      if (!(err instanceof UnauthorizedError)) showSignIn(`Could not reach the server: ${err.message}`);
    }
  });
  $('sign-out').addEventListener('click', () => {
    clearToken();
    showSignIn('Signed out.');
  });
  $('open-form').addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/record/${$('open-id').value.trim().toLowerCase()}`;
  });
  $('refresh-list').addEventListener('click', () => void refreshList().catch(failSoftly));
  if (getToken()) void showApp().catch(failSoftly);
  else showSignIn(null);
}

init();
