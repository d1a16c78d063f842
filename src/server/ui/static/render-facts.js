// The facts panel: facts grouped by kind, each a button that scrolls to and flashes its
// evidence; plus the "at this span" box filled when a highlighted span is activated.
import { h } from './dom.js';
import { KINDS } from './facts-model.js';

function factButton(f, onFact) {
  const badges = [];
  if (f.style !== 'affirmed') badges.push(h('span', { class: `badge a-${f.style}-badge` }, f.assertion));
  if (f.subject !== 'patient') badges.push(h('span', { class: 'badge subject-badge' }, `${f.subject} subject`));
  const pages = [...new Set(f.evidence.map((e) => e.page))];
  const body = [
    h('span', { class: 'fact-label' }, f.label || '—'),
    ...badges,
    f.detail ? h('span', { class: 'fact-detail' }, f.detail) : null,
    h('span', { class: 'fact-where' }, pages.length ? `page ${pages.join(', ')}` : 'no evidence span'),
  ];
  if (!f.spanKeys.length) return h('div', { class: `fact k-${f.kind} a-${f.style} s-${f.subject} no-evidence`, dataset: { factId: f.id } }, ...body);
  return h('button', { type: 'button', class: `fact k-${f.kind} a-${f.style} s-${f.subject}`, dataset: { factId: f.id, spans: f.spanKeys.join(' ') }, on: { click: () => onFact(f) } }, ...body);
}

/**
 * Renders the facts panel.
 * @param {ReturnType<import('./facts-model.js').buildModel>} model
 * @param {(fact: object) => void} onFact called when a fact is activated (click, Enter or Space)
 * @returns {{node: HTMLElement, buttonsById: Map<string, HTMLElement>, showAtSpan: (facts: object[], criteriaCount: number) => void}}
 */
export function renderFacts(model, onFact) {
  const buttonsById = new Map();
  const atSpan = h('div', { class: 'at-span', 'aria-live': 'polite', hidden: true });
  const groups = [];
  for (const [kind, title] of KINDS) {
    const facts = model.facts.filter((f) => f.kind === kind);
    if (!facts.length) continue;
    const items = facts.map((f) => {
      const b = factButton(f, onFact);
      buttonsById.set(f.id, b);
      return h('li', {}, b);
    });
    groups.push(h('section', { class: 'fact-group', 'aria-label': title }, h('h3', { class: `k-${kind}-title` }, h('span', { class: `swatch k-${kind}`, 'aria-hidden': 'true' }), `${title} (${facts.length})`), h('ul', { class: 'fact-list' }, ...items)));
  }
  const empty = groups.length ? null : h('p', { class: 'empty' }, 'No facts were extracted from this document.');
  const node = h('div', { class: 'facts-panel' }, atSpan, empty, ...groups);
  const showAtSpan = (facts, criteriaCount) => {
    atSpan.hidden = false;
    atSpan.replaceChildren(
      h('h3', {}, 'At this span'),
      facts.length ? h('ul', { class: 'fact-list' }, ...facts.map((f) => h('li', {}, factButton(f, onFact)))) : null,
      criteriaCount ? h('p', { class: 'note' }, `Cited by ${criteriaCount} decision criteri${criteriaCount === 1 ? 'on' : 'a'} (see the Decision tab).`) : null,
      !facts.length && !criteriaCount ? h('p', { class: 'note' }, 'No facts here.') : null,
    );
  };
  return { node, buttonsById, showAtSpan };
}
