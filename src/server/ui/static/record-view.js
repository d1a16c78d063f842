// One record on screen: header with downloads, the document with highlighted evidence, and the
// facts and decision tabs, wired so a fact or criterion link flashes its span and a span lists
// its facts.
import { download } from './api.js';
import { h, replace } from './dom.js';
import { buildModel } from './facts-model.js';
import { renderDecision } from './render-decision.js';
import { renderDocument } from './render-document.js';
import { renderFacts } from './render-facts.js';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Scrolls `el` to the middle of its scrolling pane (`.doc` or `.panel`) only: scrollIntoView
 * would also scroll the page around the panes.
 */
function scrollWithin(el, selector) {
  const pane = el.closest(selector);
  if (!pane) return;
  const behavior = reducedMotion() ? 'auto' : 'smooth';
  // In the one-column layout the pane does not scroll; the window does.
  if (pane.scrollHeight <= pane.clientHeight) {
    el.scrollIntoView({ block: 'center', behavior });
    return;
  }
  const p = pane.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (selector === '.panel' && r.top >= p.top + 40 && r.bottom <= p.bottom) return;
  pane.scrollBy({ top: r.top - p.top - (p.height - r.height) / 2, behavior });
}

function legend() {
  const item = (cls, label) => h('li', {}, h('span', { class: `ev sample ${cls}`, 'aria-hidden': 'true' }, 'text'), ` ${label}`);
  return h('details', { class: 'legend', open: true },
    h('summary', {}, 'Legend: colour = kind of fact; line and type = how it is asserted'),
    h('ul', { class: 'legend-list' },
      item('k-request a-affirmed s-patient', 'request'), item('k-diagnosis a-affirmed s-patient', 'diagnosis'),
      item('k-exam a-affirmed s-patient', 'exam finding'), item('k-pain a-affirmed s-patient', 'pain score'),
      item('k-prior a-affirmed s-patient', 'prior treatment'), item('k-radiculopathy a-affirmed s-patient', 'radiculopathy'),
      item('k-injury a-affirmed s-patient', 'injury / patient / reviewer'), item('k-date a-affirmed s-patient', 'date'),
      item('k-criterion a-affirmed s-patient', 'decision evidence only')),
    h('ul', { class: 'legend-list' },
      item('k-diagnosis a-affirmed s-patient', 'affirmed (solid)'), item('k-diagnosis a-negated s-patient', 'negated (struck through)'),
      item('k-diagnosis a-hypothetical s-patient', 'possible / hypothetical (italic, dashed)'), item('k-diagnosis a-historical s-patient', 'historical (dotted, faded)'),
      item('k-radiculopathy a-hypothetical s-guideline', 'guideline statement (striped, italic)'), item('k-radiculopathy a-affirmed s-other', 'other person (boxed)'),
      item('k-diagnosis a-affirmed s-patient overlap', 'overlapping spans (thick underline)')));
}

function baseName(fileName) {
  return (fileName || 'record').replace(/\.[^.]+$/, '') || 'record';
}

function downloads(record, base) {
  const msg = h('p', { class: 'download-msg', role: 'status' });
  const button = (label, path, file) => h('button', {
    type: 'button', class: 'button secondary',
    on: {
      click: async () => {
        msg.textContent = '';
        try {
          await download(path, file);
          msg.textContent = `${label} downloaded.`;
        } catch (err) {
          msg.textContent = `${label} unavailable: ${err.code ?? 'error'} ${err.message}`;
        }
      },
    },
  }, label);
  return h('div', { class: 'downloads', role: 'group', 'aria-label': 'Downloads' },
    button('Facts JSON', `/v1/records/${record.id}/facts`, `${base}.facts.json`),
    record.decision ? button('Decision JSON', `/v1/records/${record.id}/decision`, `${base}.decision.json`) : null,
    button('FHIR bundle', `/v1/records/${record.id}/fhir`, `${base}.fhir.json`),
    msg);
}

function tabs(items) {
  const list = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Facts and decision' });
  const panels = [];
  const buttons = items.map(([id, label, content], i) => {
    const b = h('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}`, 'aria-selected': String(i === 0), tabindex: i === 0 ? '0' : '-1' }, label);
    panels.push(h('div', { role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': `tab-${id}`, class: 'tabpanel', tabindex: '0', hidden: i !== 0 }, content));
    return b;
  });
  const select = (i, focus) => {
    buttons.forEach((b, j) => {
      b.setAttribute('aria-selected', String(i === j));
      b.tabIndex = i === j ? 0 : -1;
      panels[j].hidden = i !== j;
    });
    if (focus) buttons[i].focus();
  };
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(i, false));
    b.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') select((i + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length, true);
    });
  });
  list.append(...buttons);
  return { node: h('div', { class: 'panel-tabs' }, list, ...panels), select };
}

/**
 * Renders a completed record (facts and, when present, decision) into `root`.
 * @param {HTMLElement} root
 * @param {{id: string, status: string, facts: object, decision: object|null}} record
 */
export function renderRecordView(root, record) {
  const { facts, decision } = record;
  const model = buildModel(facts, decision);
  let active = [];
  const flash = (keys, scroll) => {
    for (const el of active) el.classList.remove('active', 'flash');
    active = keys.flatMap((k) => doc.segmentsByKey.get(k) ?? []);
    for (const el of active) {
      el.classList.remove('flash');
      void el.offsetWidth; // restart the animation when the same span is flashed twice
      el.classList.add('active', 'flash');
    }
    if (scroll && active[0]) scrollWithin(active[0], '.doc');
  };
  let selected = [];
  const markFacts = (ids) => {
    for (const b of selected) b.classList.remove('selected');
    selected = ids.map((id) => factsPanel.buttonsById.get(id)).filter(Boolean);
    for (const b of selected) b.classList.add('selected');
  };
  const onFact = (f) => {
    markFacts([f.id]);
    flash(f.spanKeys, true);
  };
  const onSpan = (keys) => {
    const ids = [...new Set(keys.flatMap((k) => model.spans.get(k)?.factIds ?? []))];
    const criteria = new Set(keys.flatMap((k) => model.spans.get(k)?.criteria ?? []));
    tabset.select(0, false);
    factsPanel.showAtSpan(ids.map((id) => model.facts.find((f) => f.id === id)), criteria.size);
    markFacts(ids);
    if (selected[0]) scrollWithin(selected[0], '.panel');
    flash(keys.slice(0, 1), false);
  };
  const doc = renderDocument(facts, model, onSpan);
  const factsPanel = renderFacts(model, onFact);
  const decisionNode = renderDecision(decision, model, (key) => flash([key], true), record.status === 'completed' ? null : 'The decision is not ready yet.');
  const tabset = tabs([
    ['facts', `Facts (${model.facts.length})`, factsPanel.node],
    ['decision', `Decision (${decision?.decisions?.length ?? 0})`, decisionNode],
  ]);
  const d = facts.document;
  const pages = h('div', { class: 'pages' }, doc.node);
  pages.addEventListener('click', doc.activate);
  pages.addEventListener('keydown', doc.activate);
  const warnings = facts.warnings?.length
    ? h('ul', { class: 'warnings', 'aria-label': 'Warnings' }, ...facts.warnings.map((w) => h('li', {}, h('code', {}, w.code), ` ${w.message}${w.page ? ` (page ${w.page})` : ''}`)))
    : null;
  replace(root,
    h('div', { class: 'record-head' },
      h('div', {},
        h('h1', { class: 'record-title', tabindex: '-1' }, d.fileName || record.id),
        h('p', { class: 'meta' }, `${d.kind.replaceAll('_', ' ')} · ${d.pageCount} page${d.pageCount === 1 ? '' : 's'}${d.ocrPages?.length ? ` · OCR on page ${d.ocrPages.join(', ')}` : ''} · `, h('code', { title: record.id }, `${record.id.slice(0, 12)}…`))),
      downloads(record, baseName(d.fileName))),
    warnings,
    h('div', { class: 'record-body' },
      h('section', { class: 'doc', 'aria-label': 'Document text', dataset: { testid: 'document' } }, legend(), d.text.length ? pages : h('p', { class: 'empty' }, 'The document has no text.')),
      h('section', { class: 'panel', 'aria-label': 'Facts and decision' }, tabset.node)),
  );
}
