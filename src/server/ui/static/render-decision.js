// The decision panel: per requested treatment its guideline, outcome and each criterion
// (met / not met / unknown, in words and a symbol, never colour alone) with links to evidence.
import { h } from './dom.js';

const OUTCOME_TEXT = {
  criteria_met: 'Criteria met',
  criteria_not_met: 'Criteria not met',
  insufficient_information: 'Insufficient information',
  no_guideline: 'No guideline',
};
const STATUS_TEXT = { met: ['✓', 'Met'], not_met: ['✗', 'Not met'], unknown: ['?', 'Unknown'] };

function quote(s) {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/**
 * Renders the decision panel.
 * @param {object|null} decision decision document
 * @param {ReturnType<import('./facts-model.js').buildModel>} model
 * @param {(spanKey: string) => void} onEvidence called when an evidence link is activated
 * @param {string|null} pendingNote shown instead of decisions when there is no decision yet
 */
export function renderDecision(decision, model, onEvidence, pendingNote) {
  if (!decision) return h('div', { class: 'decision-panel' }, h('p', { class: 'empty' }, pendingNote ?? 'No decision document.'));
  if (!decision.decisions?.length) return h('div', { class: 'decision-panel' }, h('p', { class: 'empty' }, 'No treatment requests were found, so there is nothing to decide.'));
  const byCriterion = new Map(model.criteria.map((c) => [`${c.decision}/${c.criterion.id}`, c]));
  const cards = decision.decisions.map((d, di) => {
    const g = d.guideline;
    const criteria = (d.criteria ?? []).map((c) => {
      const [symbol, word] = STATUS_TEXT[c.status] ?? ['•', c.status];
      const modelled = byCriterion.get(`${di}/${c.id}`);
      const links = (modelled?.evidence ?? []).map((ev) => h('button', {
        type: 'button', class: 'evidence-link', on: { click: () => onEvidence(`${ev.start}-${ev.end}`) },
      }, `p.${ev.page} “${quote(ev.text)}”`));
      return h('li', { class: `criterion st-${c.status}` },
        h('span', { class: 'criterion-status' }, h('span', { 'aria-hidden': 'true' }, symbol), ` ${word}`),
        c.required === false ? h('span', { class: 'badge' }, 'optional') : null,
        h('p', { class: 'criterion-text' }, c.description),
        c.detail ? h('p', { class: 'criterion-detail' }, c.detail) : null,
        links.length ? h('div', { class: 'evidence-links' }, h('span', { class: 'visually-hidden' }, 'Evidence: '), ...links) : h('p', { class: 'note' }, 'No evidence span cited.'),
      );
    });
    const name = [d.treatment, d.drug ?? d.procedure].filter(Boolean).join(' — ');
    return h('article', { class: `decision out-${d.outcome}` },
      h('h3', {}, name),
      h('p', { class: `outcome out-${d.outcome}` }, OUTCOME_TEXT[d.outcome] ?? d.outcome),
      g ? h('p', { class: 'guideline' }, `${g.source}: ${g.title}${g.pages ? ` (p. ${g.pages})` : ''}`) : h('p', { class: 'guideline' }, 'No guideline covers this treatment.'),
      criteria.length ? h('ul', { class: 'criteria' }, ...criteria) : null,
      h('details', { class: 'rationale' }, h('summary', {}, 'Rationale'), h('p', {}, d.rationale)),
    );
  });
  return h('div', { class: 'decision-panel' }, ...cards);
}
