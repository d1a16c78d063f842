/**
 * Structural checks of a FHIR R4 Bundle as the export writes it: the rules of the R4 resource
 * definitions that matter to a consumer (required elements, closed status codes, one value[x]),
 * plus the export's own promises (unique fullUrls, references resolving inside the bundle, every
 * coding with system and code, no identifying element on Patient). Not a full FHIR validator: it
 * knows only the six resource types the export writes, and rejects any other.
 */

type Json = Record<string, unknown>;

/** R4 required code sets of the status-like elements the export fills. */
const CODES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Patient: { gender: ['male', 'female', 'other', 'unknown'] },
  DocumentReference: { status: ['current', 'superseded', 'entered-in-error'], docStatus: ['preliminary', 'final', 'amended', 'entered-in-error'] },
  Condition: {},
  Observation: { status: ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown'] },
  Procedure: { status: ['preparation', 'in-progress', 'not-done', 'on-hold', 'stopped', 'completed', 'entered-in-error', 'unknown'] },
  ServiceRequest: {
    status: ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'],
    intent: ['proposal', 'plan', 'directive', 'order', 'original-order', 'reflex-order', 'filler-order', 'instance-order', 'option'],
  },
};

/** Elements each type must have (R4 cardinality 1..*, plus `subject`, which the export always sets). */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  Patient: [],
  DocumentReference: ['status', 'content', 'subject'],
  Condition: ['subject'],
  Observation: ['status', 'code', 'subject'],
  Procedure: ['status', 'subject'],
  ServiceRequest: ['status', 'intent', 'subject'],
};

/** Patient elements that identify a person; the export promises none of them. */
const IDENTIFYING = ['identifier', 'name', 'birthDate', 'address', 'telecom', 'photo', 'contact', 'link', 'deceasedDateTime'];

const CONDITION_CLINICAL = ['active', 'recurrence', 'relapse', 'inactive', 'remission', 'resolved'];
const CONDITION_VERIFICATION = ['unconfirmed', 'provisional', 'differential', 'confirmed', 'refuted', 'entered-in-error'];
const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const DATE_TIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every element below `x` with its path, depth first. */
function* walk(x: unknown, path: string): Generator<[string, unknown, string]> {
  if (Array.isArray(x)) {
    for (const [i, y] of x.entries()) yield* walk(y, `${path}[${i}]`);
  } else if (isObject(x)) {
    for (const [k, v] of Object.entries(x)) {
      yield [`${path}.${k}`, v, k];
      yield* walk(v, `${path}.${k}`);
    }
  }
}

/** FHIR JSON has no nulls, empty strings, empty arrays or empty objects (ele-1); codings and extensions have their parts. */
function elementProblems(resource: Json, at: string): string[] {
  const out: string[] = [];
  for (const [path, v, key] of walk(resource, at)) {
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0)) out.push(`${path}: empty element`);
    if (typeof v === 'number' && !Number.isFinite(v)) out.push(`${path}: not a finite number`);
    if (key === 'coding' && Array.isArray(v)) {
      for (const [i, c] of v.entries()) {
        if (!isObject(c) || typeof c['system'] !== 'string' || typeof c['code'] !== 'string' || !c['system'] || !c['code']) out.push(`${path}[${i}]: coding without system and code`);
      }
    }
    if (key === 'extension' && Array.isArray(v)) {
      for (const [i, e] of v.entries()) {
        const values = isObject(e) ? Object.keys(e).filter((k) => k.startsWith('value')) : [];
        const nested = isObject(e) && Array.isArray(e['extension']);
        if (!isObject(e) || typeof e['url'] !== 'string') out.push(`${path}[${i}]: extension without url`);
        else if (values.length + (nested ? 1 : 0) !== 1) out.push(`${path}[${i}]: extension needs exactly one value[x] or nested extensions`);
      }
    }
  }
  return out;
}

function codeOf(concept: unknown): string | undefined {
  const coding = isObject(concept) && Array.isArray(concept['coding']) ? concept['coding'][0] : undefined;
  return isObject(coding) && typeof coding['code'] === 'string' ? coding['code'] : undefined;
}

/** Rules of one resource type beyond presence: code sets, value[x], Condition statuses, Patient privacy. */
function typeProblems(r: Json, type: string, at: string): string[] {
  const out: string[] = [];
  for (const k of REQUIRED[type] ?? []) if (r[k] === undefined) out.push(`${at}: ${type}.${k} is required`);
  for (const [k, allowed] of Object.entries(CODES[type] ?? {})) {
    if (r[k] !== undefined && !allowed.includes(String(r[k]))) out.push(`${at}: ${type}.${k} "${String(r[k])}" is not an R4 code`);
  }
  if (type === 'Observation') {
    const values = Object.keys(r).filter((k) => k.startsWith('value'));
    if (values.length > 1) out.push(`${at}: Observation has ${values.length} value[x]`);
    if (!isObject(r['code']) || (!r['code']['text'] && !Array.isArray(r['code']['coding']))) out.push(`${at}: Observation.code has neither coding nor text`);
  }
  if (type === 'Condition') {
    const clinical = codeOf(r['clinicalStatus']);
    const verification = codeOf(r['verificationStatus']);
    if (clinical !== undefined && !CONDITION_CLINICAL.includes(clinical)) out.push(`${at}: Condition.clinicalStatus "${clinical}" is not an R4 code`);
    if (verification !== undefined && !CONDITION_VERIFICATION.includes(verification)) out.push(`${at}: Condition.verificationStatus "${verification}" is not an R4 code`);
    if (verification === 'entered-in-error' && clinical !== undefined) out.push(`${at}: con-5 clinicalStatus with entered-in-error`);
  }
  if (type === 'DocumentReference') {
    const content = Array.isArray(r['content']) ? r['content'] : [];
    for (const [i, c] of content.entries()) if (!isObject(c) || !isObject(c['attachment'])) out.push(`${at}: DocumentReference.content[${i}].attachment is required`);
  }
  if (type === 'Patient') for (const k of IDENTIFYING) if (r[k] !== undefined) out.push(`${at}: Patient.${k} must not be exported`);
  for (const k of ['effectiveDateTime', 'performedDateTime']) {
    if (r[k] !== undefined && !DATE_TIME.test(String(r[k]))) out.push(`${at}: ${k} "${String(r[k])}" is not an R4 dateTime`);
  }
  return out;
}

/** References (`{reference: "..."}` anywhere) that name no fullUrl in the bundle; a `subject` that is not the Patient. */
function referenceProblems(resource: Json, at: string, types: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [path, v, key] of walk(resource, at)) {
    if (key === 'reference' && (typeof v !== 'string' || !types.has(v))) out.push(`${path}: reference ${String(v)} does not resolve inside the bundle`);
    if (key === 'subject' && isObject(v) && types.get(String(v['reference'])) !== 'Patient') out.push(`${path}: subject is not the bundle's Patient`);
  }
  return out;
}

/**
 * Problems found in `bundle`, each naming where (`entry[3].resource.status`); empty when the
 * bundle passes. Takes `unknown` so it can check parsed JSON from any source.
 */
export function checkFhirBundle(bundle: unknown): string[] {
  if (!isObject(bundle)) return ['bundle: not an object'];
  const out: string[] = [];
  if (bundle['resourceType'] !== 'Bundle') out.push('bundle: resourceType is not Bundle');
  if (bundle['type'] !== 'collection') out.push('bundle: type is not collection');
  if (typeof bundle['id'] !== 'string' || !ID.test(bundle['id'])) out.push('bundle: id is not an R4 id');
  const entries = Array.isArray(bundle['entry']) ? bundle['entry'] : [];
  if (!Array.isArray(bundle['entry'])) out.push('bundle: entry is not an array');
  // fullUrl → resourceType, so references can be resolved and their targets' types checked
  const types = new Map<string, string>();
  for (const [i, e] of entries.entries()) {
    const url = isObject(e) ? e['fullUrl'] : undefined;
    const r = isObject(e) ? e['resource'] : undefined;
    if (typeof url !== 'string' || !UUID_URN.test(url)) out.push(`entry[${i}]: fullUrl is not a urn:uuid`);
    else if (types.has(url)) out.push(`entry[${i}]: fullUrl ${url} is not unique`);
    else types.set(url, isObject(r) ? String(r['resourceType']) : '');
  }
  for (const [i, e] of entries.entries()) {
    const at = `entry[${i}].resource`;
    const r = isObject(e) ? e['resource'] : undefined;
    if (!isObject(r)) {
      out.push(`${at}: missing`);
      continue;
    }
    const type = String(r['resourceType']);
    if (!Object.hasOwn(REQUIRED, type)) {
      out.push(`${at}: resourceType "${type}" is not one the export writes`);
      continue;
    }
    if (typeof r['id'] !== 'string' || !ID.test(r['id'])) out.push(`${at}: id is not an R4 id`);
    else if (isObject(e) && e['fullUrl'] !== `urn:uuid:${r['id']}`) out.push(`${at}: fullUrl disagrees with id`);
    out.push(...typeProblems(r, type, at), ...elementProblems(r, at), ...referenceProblems(r, at, types));
  }
  if ([...types.values()].filter((t) => t === 'Patient').length !== 1) out.push('bundle: needs exactly one Patient');
  return out;
}
