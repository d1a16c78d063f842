// Turns a facts document (contract v1) and its decision into what the page draws: a flat list
// of facts, each pointing at evidence spans, and the spans keyed by their offsets so facts that
// share a span (and decision criteria citing it) meet on one key. Pure: no DOM.

/** Fact kinds in panel order, with the label shown for each. */
export const KINDS = [
  ['request', 'Requests'],
  ['diagnosis', 'Diagnoses'],
  ['exam', 'Exam findings'],
  ['pain', 'Pain scores'],
  ['prior', 'Prior treatments'],
  ['radiculopathy', 'Radiculopathy mentions'],
  ['injury', 'Injury'],
  ['date', 'Dates'],
  ['patient', 'Patient'],
  ['reviewer', 'Reviewer'],
];

// The contract has several assertion vocabularies; the page draws four styles.
const STYLE_OF = {
  present: 'affirmed', affirmed: 'affirmed', negated: 'negated',
  possible: 'hypothetical', hypothetical: 'hypothetical', historical: 'historical',
};

const words = (s) => String(s).replaceAll('_', ' ');
const joinParts = (...parts) => parts.filter((p) => p !== null && p !== undefined && p !== '').join(' · ');
const where = (part, side) => (part ? (side ? `${side} ${part}` : part) : null);

/** The key two evidence objects share when they cover the same characters. */
function spanKey(ev) {
  return `${ev.start}-${ev.end}`;
}

function validEvidence(ev, textLength) {
  return ev && Number.isInteger(ev.start) && Number.isInteger(ev.end) && ev.start >= 0 && ev.start < ev.end && ev.end <= textLength;
}

function describe(facts) {
  const out = [];
  const add = (kind, label, detail, evidence, assertion = 'present', subject = 'patient') => {
    out.push({ kind, label, detail, evidence: evidence.filter(Boolean), assertion, style: STYLE_OF[assertion] ?? 'affirmed', subject });
  };
  for (const r of facts.requests ?? []) {
    const name = joinParts(r.treatment, r.drug ?? r.procedure);
    add('request', name, joinParts(where(r.bodyPart, r.side), r.quantity, r.determination ? `determination: ${r.determination}` : null), [r.evidence, r.determinationEvidence]);
  }
  for (const d of facts.diagnoses ?? []) add('diagnosis', d.concept, joinParts(d.icd10, d.side, `“${d.text}”`), [d.evidence], d.assertion);
  for (const f of facts.examFindings ?? []) {
    const value = f.value === null || f.value === undefined ? null : `${f.value}${f.unit ? ` ${f.unit}` : ''}`;
    add('exam', words(f.finding), joinParts(where(f.bodyPart, f.side), f.qualifier, value), [f.evidence], f.assertion);
  }
  for (const p of facts.painScores ?? []) {
    const score = p.scoreHigh !== undefined ? `${p.score}–${p.scoreHigh}` : String(p.score);
    add('pain', `${score}/${p.max}`, joinParts(where(p.bodyPart, p.side), p.condition ? words(p.condition) : null, p.date), [p.evidence]);
  }
  for (const t of facts.priorTreatments ?? []) {
    const relief = t.reliefPercent !== null && t.reliefPercent !== undefined ? `${t.reliefPercent}% relief` : null;
    add('prior', joinParts(t.treatment, t.drug ?? t.procedure), joinParts(where(t.bodyPart, t.side), words(t.response), relief, t.date), [t.evidence]);
  }
  for (const m of facts.radiculopathy?.mentions ?? []) {
    add('radiculopathy', m.text, joinParts(m.assertion, m.subject === 'patient' ? null : `subject: ${m.subject}`, where(m.region, m.side)), [m.evidence], m.assertion, m.subject);
  }
  const inj = facts.injury;
  if (inj && (inj.date || inj.mechanism || inj.bodyParts?.length)) {
    const parts = (inj.bodyParts ?? []).map((b) => where(b.part, b.side)).join(', ');
    add('injury', joinParts(inj.date, inj.mechanism), parts, [inj.evidence, inj.mechanismEvidence, ...(inj.bodyParts ?? []).map((b) => b.evidence)]);
  }
  for (const d of facts.dates ?? []) add('date', d.date, joinParts(words(d.role), `“${d.text}”`), [d.evidence]);
  const pt = facts.patient;
  if (pt && (pt.age !== null || pt.sex)) add('patient', joinParts(pt.age !== null ? `age ${pt.age}` : null, pt.sex), '', [pt.evidence]);
  const rv = facts.reviewer;
  if (rv && (rv.specialty || rv.licensedIn?.length)) {
    add('reviewer', rv.specialty ?? 'reviewer', joinParts(rv.boardCertified ? 'board certified' : null, rv.licensedIn?.length ? `licensed in ${rv.licensedIn.join(', ')}` : null), [rv.evidence]);
  }
  return out;
}

/**
 * Builds the page model.
 * @param {object} facts facts document
 * @param {object|null} decision decision document
 * @returns {{facts: object[], spans: Map<string, {key: string, start: number, end: number, factIds: string[], criteria: string[]}>, criteria: object[]}}
 */
export function buildModel(facts, decision) {
  const textLength = facts.document.text.length;
  const spans = new Map();
  const touch = (ev) => {
    const key = spanKey(ev);
    if (!spans.has(key)) spans.set(key, { key, start: ev.start, end: ev.end, page: ev.page, factIds: [], criteria: [] });
    return spans.get(key);
  };
  const list = describe(facts).map((f, i) => {
    const id = `f${i}`;
    const evidence = f.evidence.filter((ev) => validEvidence(ev, textLength));
    const spanKeys = [...new Set(evidence.map((ev) => {
      const span = touch(ev);
      span.factIds.push(id);
      return span.key;
    }))];
    return { ...f, id, evidence, spanKeys };
  });
  const criteria = [];
  for (const [di, d] of (decision?.decisions ?? []).entries()) {
    for (const [ci, c] of (d.criteria ?? []).entries()) {
      const id = `c${di}-${ci}`;
      const evidence = (c.evidence ?? []).filter((ev) => validEvidence(ev, textLength));
      const spanKeys = [...new Set(evidence.map((ev) => {
        const span = touch(ev);
        span.criteria.push(id);
        return span.key;
      }))];
      criteria.push({ id, decision: di, criterion: c, evidence, spanKeys });
    }
  }
  return { facts: list, spans, criteria };
}
