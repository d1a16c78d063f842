// The records list: records uploaded in this tab (remembered in sessionStorage) merged with the
// server's failed-records list, each with its stage progress or its error code and message.
import { h } from './dom.js';

const KEY = 'chartfacts.records';
const STEPS = [['parse', 'Parse'], ['extract', 'Extract'], ['decide', 'Decide']];

/** Records remembered by this tab, newest first. */
export function loadRemembered() {
  try {
    const list = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** Remembers records that have an id (pending uploads without one are not kept). */
export function remember(entries) {
  const keep = entries.filter((e) => e.id).map(({ id, fileName, status, stage, progress, error, updatedAt }) => ({ id, fileName, status, stage, progress, error, updatedAt }));
  sessionStorage.setItem(KEY, JSON.stringify(keep.slice(0, 200)));
}

/** One line of progress in words, for the list and the aria-live region. */
export function describeState(e) {
  if (e.status === 'uploading') return 'uploading';
  if (e.status === 'rejected') return `rejected: ${e.error?.code ?? 'error'}`;
  if (e.status === 'completed') return 'completed';
  if (e.status === 'failed') return `failed: ${e.error?.code ?? 'error'}`;
  if (e.status === 'queued') return `queued for ${e.stage ?? 'parse'}`;
  if (e.status === 'processing') return `${e.stage ?? 'parse'} (${e.progress ?? 0}%)`;
  return e.status ?? 'unknown';
}

/** The parse/extract/decide steps with the current one marked. */
export function stepper(e) {
  const current = STEPS.findIndex(([s]) => s === e.stage);
  const items = STEPS.map(([step, label], i) => {
    let st = 'todo';
    if (e.status === 'completed' || (current >= 0 && i < current) || e.stage === 'done') st = 'done';
    else if (i === current) st = e.status === 'failed' ? 'failed' : e.status === 'processing' ? 'active' : 'waiting';
    const words = { done: 'done', active: 'running', waiting: 'waiting', failed: 'failed', todo: 'not started' }[st];
    return h('li', { class: `step step-${st}`, 'aria-current': st === 'active' ? 'step' : null }, label, h('span', { class: 'visually-hidden' }, ` (${words})`));
  });
  return h('ol', { class: 'stepper', 'aria-label': 'Stages' }, ...items);
}

/**
 * Renders the list into `ul`.
 * @param {HTMLElement} ul
 * @param {object[]} entries `{key, id?, fileName?, status, stage?, progress?, error?}`
 * @param {string|null} currentId the record on screen
 */
export function renderRecordList(ul, entries, currentId) {
  if (!entries.length) {
    ul.replaceChildren(h('li', { class: 'empty' }, 'No records yet. Upload a PDF or .txt file above, or open one by id.'));
    return;
  }
  ul.replaceChildren(...entries.map((e) => {
    const name = e.fileName ?? (e.id ? `${e.id.slice(0, 12)}…` : 'upload');
    const title = e.id
      ? h('a', { href: `#/record/${e.id}`, class: 'record-link', 'aria-current': e.id === currentId ? 'page' : null }, name)
      : h('span', { class: 'record-link' }, name);
    const running = e.status === 'processing' || e.status === 'queued' || e.status === 'uploading';
    return h('li', { class: `record st-${e.status}`, dataset: { id: e.id ?? '' } },
      title,
      h('span', { class: `status status-${e.status}` }, describeState(e)),
      e.id && e.status !== 'rejected' ? stepper(e) : null,
      running ? h('progress', { max: '100', value: String(e.progress ?? 0), 'aria-label': `${name} progress` }) : null,
      e.error ? h('p', { class: 'record-error' }, h('code', {}, e.error.code), ` ${e.error.message}`) : null,
    );
  }));
}
