// Draws the document text page by page with every evidence span highlighted. Overlapping spans
// are split into flat segments (segments.js); each segment is coloured by its innermost span's
// first fact and styled by that fact's assertion, and knows all the spans covering it.
import { h } from './dom.js';
import { pageRanges, splitSegments } from './segments.js';

const KIND_NAMES = {
  request: 'request', diagnosis: 'diagnosis', exam: 'exam finding', pain: 'pain score', prior: 'prior treatment',
  radiculopathy: 'radiculopathy mention', injury: 'injury', date: 'date', patient: 'patient', reviewer: 'reviewer',
};

/** The fact that sets a span's look: the first one listed, or null for decision-only evidence. */
function leadFact(span, factsById) {
  return span.factIds.length ? factsById.get(span.factIds[0]) : null;
}

function segmentTitle(keys, model, factsById) {
  const lines = [];
  for (const key of keys) {
    const span = model.spans.get(key);
    for (const id of span.factIds) {
      const f = factsById.get(id);
      lines.push(`${KIND_NAMES[f.kind]}: ${f.label}${f.style === 'affirmed' ? '' : ` (${f.style})`}${f.subject === 'patient' ? '' : ` [${f.subject}]`}`);
    }
    if (!span.factIds.length && span.criteria.length) lines.push('evidence for a decision criterion');
  }
  return [...new Set(lines)].join('\n');
}

/**
 * Renders the pages into a fragment.
 * @param {object} facts facts document
 * @param {ReturnType<import('./facts-model.js').buildModel>} model
 * @param {(keys: string[], el: HTMLElement) => void} onSpan called with the span keys of an activated segment
 * @returns {{node: DocumentFragment, segmentsByKey: Map<string, HTMLElement[]>, activate: (e: Event) => void}}
 *   `activate` is the click/keydown handler to put on the element holding the pages (one
 *   listener instead of one per segment)
 */
export function renderDocument(facts, model, onSpan) {
  const text = facts.document.text;
  const spans = [...model.spans.values()];
  const factsById = new Map(model.facts.map((f) => [f.id, f]));
  const segmentsByKey = new Map();
  const node = document.createDocumentFragment();
  const ocr = new Set(facts.document.ocrPages ?? []);
  for (const { page, from, to } of pageRanges(text.length, facts.document.pageOffsets)) {
    const body = h('div', { class: 'page-text' });
    for (const seg of splitSegments(from, to, spans)) {
      const piece = text.slice(seg.start, seg.end);
      if (!seg.keys.length) {
        body.append(piece);
        continue;
      }
      const inner = model.spans.get(seg.keys[0]);
      const lead = leadFact(inner, factsById) ?? seg.keys.map((k) => leadFact(model.spans.get(k), factsById)).find(Boolean) ?? null;
      const classes = ['ev', lead ? `k-${lead.kind}` : 'k-criterion', lead ? `a-${lead.style}` : 'a-affirmed', lead ? `s-${lead.subject}` : 's-patient'];
      if (seg.keys.length > 1) classes.push('overlap');
      const el = h('span', {
        class: classes.join(' '), tabindex: '0', role: 'button', title: segmentTitle(seg.keys, model, factsById),
        dataset: { spans: seg.keys.join(' '), start: String(seg.start), end: String(seg.end) },
      }, piece);
      for (const key of seg.keys) {
        if (!segmentsByKey.has(key)) segmentsByKey.set(key, []);
        segmentsByKey.get(key).push(el);
      }
      body.append(el);
    }
    const heading = h('h3', { class: 'page-label', id: `page-${page}` }, `Page ${page}`, ocr.has(page) ? h('span', { class: 'badge' }, 'OCR') : null);
    node.append(h('section', { class: 'page', 'aria-labelledby': `page-${page}` }, heading, body));
  }
  const activate = (e) => {
    const el = e.target instanceof Element ? e.target.closest('.ev') : null;
    if (!el) return;
    if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onSpan(el.dataset.spans.split(' '), el);
  };
  return { node, segmentsByKey, activate };
}
