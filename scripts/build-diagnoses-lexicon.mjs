#!/usr/bin/env node
// Builds lexicons/diagnoses.json from the compact tables below. The JSON is committed; rerun this
// after editing a table: `node scripts/build-diagnoses-lexicon.mjs`.
// Side-specific ICD-10-CM codes are written as {r, l, b, u}; where ICD-10-CM has no bilateral
// code the right-side code stands for "bilateral" (coders list each side; the right is listed first).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const entries = [];
// The limb the sided entries of the current table belong to (reported sides are shared per limb).
let LIMB = null;
// Symptoms rather than diagnoses: a narrative "her neck pain has resolved" is not a past diagnosis.
const SYMPTOMS = new Set(['limb-pain', 'cervicalgia', 'thoracic-spine-pain', 'low-back-pain', 'vertebrogenic-low-back-pain', 'other-low-back-pain', 'back-pain', 'shoulder-pain', 'elbow-pain', 'wrist-pain', 'hand-pain', 'finger-pain', 'hip-pain', 'knee-pain', 'ankle-pain', 'foot-pain', 'toe-pain', 'arm-pain', 'upper-arm-pain', 'forearm-pain', 'leg-pain', 'thigh-pain', 'lower-leg-pain', 'shoulder-stiffness', 'knee-stiffness', 'knee-effusion', 'groin-pain', 'pelvic-pain', 'abdominal-pain', 'epigastric-pain', 'jaw-pain', 'chest-wall-pain', 'paresthesia', 'numbness', 'hypoesthesia', 'headache', 'dizziness', 'nausea', 'nausea-vomiting', 'fatigue', 'muscle-weakness', 'myalgia', 'arthralgia', 'gait-abnormality', 'difficulty-walking', 'memory-loss', 'blurred-vision', 'visual-disturbance', 'edema', 'muscle-spasm', 'muscle-spasm-back', 'muscle-spasm-calf', 'sleep-disorder', 'diarrhea', 'constipation', 'cognitive-deficit', 'neuropathic-pain', 'radiculopathy-unspecified']);
/** A condition without laterality. */
function dx(id, concept, icd10, synonyms, extra = {}) {
  entries.push({ id, concept, icd10, synonyms: [concept, ...synonyms], ...extra, ...(SYMPTOMS.has(id) ? { symptom: true } : {}) });
}
/** A condition coded by side: codes {r, l, u, b?}; the canonical code is the unspecified side. */
function sided(id, concept, codes, synonyms, extra = {}) {
  const codesBySide = { left: codes.l, right: codes.r, bilateral: codes.b ?? codes.r, unspecified: codes.u };
  entries.push({ id, concept, icd10: codes.u, synonyms: [concept, ...synonyms], codesBySide, ...(LIMB ? { limb: LIMB } : {}), ...extra, ...(SYMPTOMS.has(id) ? { symptom: true } : {}) });
}
/** Right/left/unspecified codes from a stem and the three final characters ("S46.91", "1A 2A 9A"). */
const rlu = (stem, r, l, u, b) => ({ r: stem + r, l: stem + l, u: stem + u, ...(b ? { b: stem + b } : {}) });
/** A procedure named after "s/p" or "status post" (the patient's surgical history). */
function statusPost(id, concept, icd10, procedures, extra = {}) {
  entries.push({ id, concept, icd10, synonyms: procedures, kind: 'status_post', ...extra });
}
const HEALED_FRACTURE = { concept: 'personal history of healed traumatic fracture', icd10: 'Z87.81' };

// ---------------------------------------------------------------- spine: pain and radiculopathy
dx('cervicalgia', 'cervicalgia', 'M54.2', ['neck pain', 'cervical pain', 'cervical spine pain', 'axial neck pain', 'chronic neck pain', 'cervical neck pain', 'pain in neck']);
dx('thoracic-spine-pain', 'pain in thoracic spine', 'M54.6', ['thoracic pain', 'thoracic spine pain', 'mid back pain', 'midback pain', 'middle back pain', 'upper back pain', 'thoracalgia', 'thoracic back pain']);
dx('low-back-pain', 'low back pain', 'M54.50', ['lumbago', 'lumbar pain', 'lumbalgia', 'lbp', 'lower back pain', 'lumbar spine pain', 'chronic low back pain', 'axial low back pain', 'mechanical low back pain', 'lumbosacral pain', 'low back pain unspecified', 'lumbar back pain', 'chronic lumbar pain'], { otherCodes: ['M54.5'] });
dx('vertebrogenic-low-back-pain', 'vertebrogenic low back pain', 'M54.51', ['vertebrogenic pain']);
dx('other-low-back-pain', 'other low back pain', 'M54.59', []);
dx('back-pain', 'dorsalgia, unspecified', 'M54.9', ['back pain', 'dorsalgia', 'chronic back pain', 'spinal pain']);
dx('cervical-radiculopathy', 'cervical radiculopathy', 'M54.12', ['brachial neuritis or radiculitis', 'brachial neuritis', 'brachial radiculitis', 'cervical radiculitis', 'cervical radicular pain', 'cervical radiculopathies', 'cervical nerve root irritation', 'radiculopathy cervical region', 'cervical radiculopathy clinically evident', 'upper extremity radiculopathy', 'upper extremity radicular pain', 'c5 radiculopathy', 'c6 radiculopathy', 'c7 radiculopathy', 'c8 radiculopathy']);
dx('cervicothoracic-radiculopathy', 'cervicothoracic radiculopathy', 'M54.13', ['cervicothoracic radiculitis']);
dx('thoracic-radiculopathy', 'thoracic radiculopathy', 'M54.14', ['thoracic radiculitis', 'thoracic radicular pain']);
dx('thoracolumbar-radiculopathy', 'thoracolumbar radiculopathy', 'M54.15', ['thoracolumbar radiculitis']);
dx('lumbar-radiculopathy', 'lumbar radiculopathy', 'M54.16', ['thoracic or lumbosacral neuritis or radiculitis', 'lumbosacral neuritis or radiculitis', 'thoracic or lumbosacral neuritis or radiculitis unspecified', 'lumbar radiculitis unspecified', 'lumbar radiculitis', 'lumbar radicular pain', 'lumbar radiculopathies', 'lower extremity radiculopathy', 'lower extremity radicular pain', 'radiculopathy lumbar region', 'l3 radiculopathy', 'l4 radiculopathy', 'l5 radiculopathy', 'lumbar nerve root irritation'], { codesByLevel: { S1: 'M54.17' } });
dx('lumbosacral-radiculopathy', 'lumbosacral radiculopathy', 'M54.17', ['lumbosacral radiculitis', 'lumbosacral radicular pain', 's1 radiculopathy', 'radiculopathy lumbosacral region']);
dx('radiculopathy-unspecified', 'radiculopathy, site unspecified', 'M54.10', ['radiculopathy', 'radiculitis', 'radicular pain', 'radicular syndrome']);
sided('sciatica', 'sciatica', rlu('M54.3', '1', '2', '0'), ['sciatic pain', 'sciatic neuralgia']);
sided('lumbago-with-sciatica', 'lumbago with sciatica', rlu('M54.4', '1', '2', '0'), ['low back pain with sciatica', 'lumbar pain with sciatica']);
dx('occipital-neuralgia', 'occipital neuralgia', 'M54.81', ['greater occipital neuralgia', 'occipital neuritis']);
dx('cervicocranial-syndrome', 'cervicocranial syndrome', 'M53.0', ['posterior cervical sympathetic syndrome']);
dx('cervicobrachial-syndrome', 'cervicobrachial syndrome', 'M53.1', ['cervicobrachial pain syndrome']);
dx('sacroiliac-dysfunction', 'sacroiliac joint dysfunction', 'M53.3', ['si joint dysfunction', 'sacroiliac dysfunction', 'sacroiliac joint pain', 'si joint pain', 'sacroiliac pain', 'sacroiliac joint syndrome', 'si joint syndrome', 'sacroiliac joint arthropathy']);
dx('coccydynia', 'coccydynia', 'M53.3', ['coccygodynia', 'tailbone pain', 'coccyx pain', 'coccygeal pain']);
dx('sacroiliitis', 'sacroiliitis', 'M46.1', ['sacroiliitis not elsewhere classified']);
dx('lumbar-instability', 'spinal instability, lumbar region', 'M53.2X6', ['lumbar instability', 'lumbar segmental instability']);
dx('cervical-instability', 'spinal instability, cervical region', 'M53.2X2', ['cervical instability']);

// ---------------------------------------------------------------- spine: discs
dx('cervical-disc-displacement', 'cervical disc displacement', 'M50.20', ['displacement of cervical intervertebral disc without myelopathy', 'displacement of cervical intervertebral disc', 'displacement of cervical disc', 'cervical disc protrusion', 'cervical disc herniation', 'cervical herniated disc', 'herniated cervical disc', 'cervical disc bulge', 'cervical bulging disc', 'bulging cervical disc', 'cervical hnp', 'cervical herniated nucleus pulposus', 'herniated nucleus pulposus cervical', 'cervical disc extrusion', 'cervical disc prolapse', 'cervical disc displacement', 'cervical protrusion', 'cervical disc protrusions', 'cervical disc bulges', 'cervical disc herniations', 'cervical intervertebral disc displacement', 'cervical foraminal disc protrusion', 'cervical paracentral disc protrusion'],
  { codesByLevel: { 'C2-C3': 'M50.21', 'C3-C4': 'M50.21', 'C4-C5': 'M50.221', 'C5-C6': 'M50.222', 'C6-C7': 'M50.223', 'C7-T1': 'M50.23' } });
dx('cervical-disc-radiculopathy', 'cervical disc disorder with radiculopathy', 'M50.10', ['cervical disc herniation with radiculopathy', 'cervical disc protrusion with radiculopathy', 'cervical hnp with radiculopathy', 'cervical disc displacement with radiculopathy', 'cervical disc disease with radiculopathy', 'cervical disc disorder with radiculopathy'],
  { codesByLevel: { 'C2-C3': 'M50.11', 'C3-C4': 'M50.11', 'C4-C5': 'M50.121', 'C5-C6': 'M50.122', 'C6-C7': 'M50.123', 'C7-T1': 'M50.13' } });
dx('cervical-disc-myelopathy', 'cervical disc disorder with myelopathy', 'M50.00', ['cervical disc herniation with myelopathy', 'cervical disc displacement with myelopathy', 'cervical disc disease with myelopathy']);
dx('cervical-ddd', 'cervical degenerative disc disease', 'M50.30', ['degeneration of cervical intervertebral disc', 'degeneration of cervical disc', 'cervical ddd', 'cervical disc degeneration', 'degenerative cervical disc disease', 'cervical degenerative disc', 'cervical disc disease', 'cervical discogenic pain', 'cervical degenerative disk disease', 'spinal cervical degenerative disc disease', 'other cervical disc degeneration', 'cervical intervertebral disc degeneration'],
  { codesByLevel: { 'C2-C3': 'M50.31', 'C3-C4': 'M50.31', 'C4-C5': 'M50.321', 'C5-C6': 'M50.322', 'C6-C7': 'M50.323', 'C7-T1': 'M50.33' } });
dx('thoracic-disc-displacement', 'thoracic disc displacement', 'M51.24', ['thoracic disc protrusion', 'thoracic disc herniation', 'thoracic herniated disc', 'herniated thoracic disc', 'thoracic disc bulge', 'thoracic hnp', 'thoracic herniated nucleus pulposus']);
dx('thoracic-ddd', 'thoracic degenerative disc disease', 'M51.34', ['thoracic ddd', 'thoracic disc degeneration', 'thoracic disc disease']);
dx('thoracolumbar-disc-displacement', 'thoracolumbar disc displacement', 'M51.25', ['thoracolumbar disc protrusion', 'thoracolumbar disc herniation']);
dx('lumbar-disc-displacement', 'lumbar disc displacement', 'M51.26', ['displacement of lumbar intervertebral disc without myelopathy', 'displacement of lumbar intervertebral disc', 'displacement of lumbar disc', 'lumbar disc protrusion', 'lumbar disc herniation', 'lumbar herniated disc', 'herniated lumbar disc', 'lumbar disc bulge', 'lumbar bulging disc', 'bulging lumbar disc', 'lumbar hnp', 'lumbar herniated nucleus pulposus', 'herniated nucleus pulposus lumbar', 'lumbar disc extrusion', 'lumbar disc prolapse', 'lumbar protrusion', 'lumbar disc protrusions', 'lumbar disc bulges', 'lumbar disc herniations', 'lumbar intervertebral disc displacement', 'lumbar foraminal disc protrusion', 'lumbar paracentral disc protrusion', 'other intervertebral disc displacement lumbar region'],
  { codesByLevel: { 'L5-S1': 'M51.27' } });
dx('lumbosacral-disc-displacement', 'lumbosacral intervertebral disc displacement', 'M51.27', ['lumbosacral disc protrusion', 'lumbosacral disc herniation', 'lumbosacral herniated disc', 'lumbosacral disc bulge', 'lumbosacral hnp']);
dx('lumbar-disc-radiculopathy', 'lumbar disc disorder with radiculopathy', 'M51.16', ['lumbar disc herniation with radiculopathy', 'lumbar disc protrusion with radiculopathy', 'lumbar hnp with radiculopathy', 'lumbar disc displacement with radiculopathy', 'lumbar disc disease with radiculopathy', 'lumbar disc disorder with radiculopathy', 'herniated lumbar disc with radiculopathy', 'intervertebral disc disorder with radiculopathy lumbar region'],
  { codesByLevel: { 'L5-S1': 'M51.17' } });
dx('lumbosacral-disc-radiculopathy', 'lumbosacral disc disorder with radiculopathy', 'M51.17', ['lumbosacral disc herniation with radiculopathy', 'lumbosacral disc disorder with radiculopathy']);
dx('lumbar-disc-myelopathy', 'lumbar disc disorder with myelopathy', 'M51.06', ['lumbar disc herniation with myelopathy']);
dx('lumbar-ddd', 'lumbar degenerative disc disease', 'M51.36', ['degeneration of lumbar or lumbosacral intervertebral disc', 'degeneration of lumbar intervertebral disc', 'degeneration of lumbar disc', 'lumbar ddd', 'lumbar disc degeneration', 'degenerative lumbar disc disease', 'lumbar degenerative disc', 'lumbar disc disease', 'lumbar discogenic pain', 'lumbar discopathy', 'spinal lumbar degenerative disc disease', 'degenerative disc disease of the lumbar spine', 'other intervertebral disc degeneration lumbar region', 'lumbar intervertebral disc degeneration', 'lumbar spine degenerative disc disease', 'lumbar degenerative disc disorder', 'discogenic low back pain'],
  { codesByLevel: { 'L5-S1': 'M51.37' } });
dx('lumbosacral-ddd', 'lumbosacral degenerative disc disease', 'M51.37', ['lumbosacral ddd', 'lumbosacral disc degeneration', 'lumbosacral degenerative disc']);
dx('schmorl-nodes', "Schmorl's nodes", 'M51.46', ['schmorl nodes lumbar', "lumbar schmorl's nodes"]);

// ---------------------------------------------------------------- spine: spondylosis, stenosis
dx('cervical-spondylosis', 'cervical spondylosis without myelopathy or radiculopathy', 'M47.812', ['cervical spondylosis', 'cervical facet arthropathy', 'cervical facet syndrome', 'cervical facet joint pain', 'cervical facet arthrosis', 'cervical facet mediated pain', 'cervical osteoarthritis', 'cervical degenerative joint disease', 'cervical spine arthritis', 'cervical spondylosis without myelopathy', 'cervical facet joint arthropathy', 'cervical facet hypertrophy']);
dx('cervical-spondylosis-radiculopathy', 'cervical spondylosis with radiculopathy', 'M47.22', ['cervical spondylosis with radiculopathy', 'cervical spondylotic radiculopathy']);
dx('cervical-spondylosis-myelopathy', 'cervical spondylosis with myelopathy', 'M47.12', ['cervical spondylotic myelopathy', 'cervical myelopathy', 'csm']);
dx('thoracic-spondylosis', 'thoracic spondylosis without myelopathy or radiculopathy', 'M47.814', ['thoracic spondylosis', 'thoracic facet arthropathy', 'thoracic facet syndrome']);
dx('lumbar-spondylosis', 'lumbar spondylosis without myelopathy or radiculopathy', 'M47.816', ['lumbar spondylosis', 'lumbar facet arthropathy', 'lumbar facet syndrome', 'lumbar facet joint pain', 'lumbar facet arthrosis', 'lumbar facet mediated pain', 'facet mediated low back pain', 'lumbar facet joint arthropathy', 'lumbar facet hypertrophy', 'lumbar osteoarthritis', 'lumbar degenerative joint disease', 'lumbar spine arthritis', 'lumbar spondylosis without myelopathy', 'lumbar facet disease', 'lumbar facet osteoarthritis', 'facet arthropathy lumbar', 'spondylosis without myelopathy or radiculopathy lumbar region'],
  { codesByLevel: { 'L5-S1': 'M47.817' } });
dx('lumbosacral-spondylosis', 'lumbosacral spondylosis without myelopathy or radiculopathy', 'M47.817', ['lumbosacral spondylosis', 'lumbosacral facet arthropathy', 'lumbosacral facet syndrome']);
dx('lumbar-spondylosis-radiculopathy', 'lumbar spondylosis with radiculopathy', 'M47.26', ['lumbar spondylosis with radiculopathy', 'lumbar spondylotic radiculopathy']);
dx('lumbar-spondylosis-myelopathy', 'lumbar spondylosis with myelopathy', 'M47.16', ['lumbar spondylosis with myelopathy']);
dx('facet-syndrome', 'spondylosis without myelopathy or radiculopathy, site unspecified', 'M47.819', ['facet syndrome', 'facet arthropathy', 'facet joint syndrome', 'facet mediated pain', 'facet joint pain', 'spondylosis', 'facet arthrosis', 'spinal osteoarthritis']);
dx('cervical-stenosis', 'spinal stenosis, cervical region', 'M48.02', ['cervical stenosis', 'cervical spinal stenosis', 'cervical canal stenosis', 'cervical foraminal stenosis', 'cervical neuroforaminal stenosis', 'cervical central stenosis', 'cervical spinal canal stenosis']);
dx('thoracic-stenosis', 'spinal stenosis, thoracic region', 'M48.04', ['thoracic stenosis', 'thoracic spinal stenosis']);
dx('lumbar-stenosis', 'spinal stenosis, lumbar region without neurogenic claudication', 'M48.061', ['lumbar stenosis', 'lumbar spinal stenosis', 'lumbar canal stenosis', 'lumbar foraminal stenosis', 'lumbar neuroforaminal stenosis', 'lumbar central stenosis', 'lumbar spinal canal stenosis', 'lumbar lateral recess stenosis', 'lumbar spinal stenosis without neurogenic claudication']);
dx('lumbar-stenosis-claudication', 'spinal stenosis, lumbar region with neurogenic claudication', 'M48.062', ['lumbar stenosis with neurogenic claudication', 'lumbar spinal stenosis with neurogenic claudication', 'neurogenic claudication']);
dx('lumbosacral-stenosis', 'spinal stenosis, lumbosacral region', 'M48.07', ['lumbosacral stenosis', 'lumbosacral spinal stenosis']);
dx('spinal-stenosis', 'spinal stenosis, site unspecified', 'M48.00', ['spinal stenosis', 'foraminal stenosis', 'neuroforaminal stenosis', 'canal stenosis']);
dx('cervical-spondylolisthesis', 'spondylolisthesis, cervical region', 'M43.12', ['cervical spondylolisthesis', 'cervical anterolisthesis', 'cervical retrolisthesis']);
dx('lumbar-spondylolisthesis', 'spondylolisthesis, lumbar region', 'M43.16', ['lumbar spondylolisthesis', 'lumbar anterolisthesis', 'lumbar retrolisthesis', 'degenerative spondylolisthesis', 'degenerative lumbar spondylolisthesis'], { codesByLevel: { 'L5-S1': 'M43.17' } });
dx('lumbosacral-spondylolisthesis', 'spondylolisthesis, lumbosacral region', 'M43.17', ['lumbosacral spondylolisthesis']);
dx('spondylolisthesis', 'spondylolisthesis, site unspecified', 'M43.10', ['spondylolisthesis', 'anterolisthesis', 'retrolisthesis']);
dx('lumbar-spondylolysis', 'spondylolysis, lumbar region', 'M43.06', ['lumbar spondylolysis', 'pars defect', 'pars interarticularis defect', 'spondylolysis']);
dx('isthmic-spondylolisthesis', 'isthmic spondylolisthesis, lumbar region', 'M43.16', ['isthmic spondylolisthesis', 'lumbar isthmic spondylolisthesis']);
dx('scoliosis', 'scoliosis, unspecified', 'M41.9', ['scoliosis', 'lumbar scoliosis', 'thoracolumbar scoliosis', 'degenerative scoliosis']);
dx('kyphosis', 'kyphosis, unspecified', 'M40.209', ['kyphosis', 'thoracic kyphosis']);
dx('post-laminectomy-syndrome', 'postlaminectomy syndrome', 'M96.1', ['lumbar post laminectomy syndrome', 'cervical post laminectomy syndrome', 'lumbar postlaminectomy syndrome', 'post laminectomy syndrome lumbar region', 'post laminectomy syndrome', 'failed back surgery syndrome', 'failed back syndrome', 'fbss', 'failed lumbar surgery syndrome', 'failed neck surgery syndrome', 'post laminectomy pain syndrome', 'postsurgical syndrome', 'post fusion syndrome']);
dx('cervical-segmental-dysfunction', 'segmental and somatic dysfunction of cervical region', 'M99.01', ['cervical segmental dysfunction', 'cervical somatic dysfunction', 'cervical subluxation complex']);
dx('thoracic-segmental-dysfunction', 'segmental and somatic dysfunction of thoracic region', 'M99.02', ['thoracic segmental dysfunction', 'thoracic somatic dysfunction', 'thoracic subluxation complex']);
dx('lumbar-segmental-dysfunction', 'segmental and somatic dysfunction of lumbar region', 'M99.03', ['lumbar segmental dysfunction', 'lumbar somatic dysfunction', 'lumbar subluxation complex']);
dx('sacral-segmental-dysfunction', 'segmental and somatic dysfunction of sacral region', 'M99.04', ['sacral segmental dysfunction', 'sacral somatic dysfunction']);
dx('pelvic-segmental-dysfunction', 'segmental and somatic dysfunction of pelvic region', 'M99.05', ['pelvic segmental dysfunction', 'pelvic somatic dysfunction']);
dx('cauda-equina', 'cauda equina syndrome', 'G83.4', ['cauda equina']);
dx('myelopathy', 'myelopathy, unspecified', 'G95.9', ['myelopathy', 'spinal cord disease']);
dx('arachnoiditis', 'arachnoiditis', 'G03.9', ['lumbar arachnoiditis', 'adhesive arachnoiditis']);

// ---------------------------------------------------------------- spine: sprains, strains, injuries
dx('cervical-strain', 'cervical strain', 'S16.1XXA', ['neck strain', 'cervical muscle strain', 'cervical myofascial strain', 'cervical paraspinal strain', 'strain of neck muscle', 'strain of muscle fascia and tendon at neck level', 'cervical spine strain', 'acute cervical strain', 'chronic cervical strain', 'cervical musculoligamentous strain', 'trapezius strain']);
dx('cervical-sprain', 'cervical sprain', 'S13.4XXA', ['cervical sprain/strain', 'cervical sprain strain', 'neck sprain', 'neck sprain/strain', 'whiplash', 'whiplash injury', 'cervical spine sprain/strain', 'cervical spine sprain', 'cervical musculoligamentous sprain/strain', 'cervical musculoligamentous sprain', 'sprain of ligaments of cervical spine', 'cervicothoracic sprain/strain', 'cervical sprains/strains', 'cervical strain/sprain', 'acceleration deceleration injury']);
dx('thoracic-strain', 'thoracic strain', 'S29.012A', ['thoracic muscle strain', 'thoracic spine strain', 'upper back strain', 'mid back strain', 'thoracic myofascial strain', 'thoracic paraspinal strain', 'strain of muscle of back wall of thorax']);
dx('thoracic-sprain', 'thoracic sprain', 'S23.3XXA', ['thoracic sprain/strain', 'thoracic sprain strain', 'thoracic spine sprain/strain', 'thoracic spine sprain', 'mid back sprain/strain', 'upper back sprain/strain', 'thoracolumbar sprain/strain', 'sprain of ligaments of thoracic spine', 'thoracic strain/sprain', 'thoracic musculoligamentous sprain/strain']);
dx('lumbar-sprain-strain', 'lumbar sprain/strain', 'S33.5XXA', ['lumbar sprain strain', 'lumbosacral sprain/strain', 'lumbar spine sprain/strain', 'low back sprain/strain', 'lumbar musculoligamentous sprain/strain', 'lumbar strain/sprain', 'lumbar sprains/strains', 'lumbosacral musculoligamentous sprain/strain', 'lumbar sprain/strain injury', 'lumbar musculoligamentous sprain']);
dx('lumbar-strain', 'lumbar strain', 'S39.012A', ['low back strain', 'lower back strain', 'lumbar muscle strain', 'lumbosacral strain', 'lumbar spine strain', 'lumbar myofascial strain', 'lumbar paraspinal strain', 'lumbar musculoligamentous strain', 'back strain', 'strain of muscle fascia and tendon of lower back', 'acute lumbar strain', 'chronic lumbar strain', 'lumbar muscular strain', 'low back muscle strain']);
dx('lumbar-sprain', 'lumbar sprain', 'S33.5XXA', ['lumbar spine sprain', 'lumbosacral sprain', 'low back sprain', 'sprain of ligaments of lumbar spine', 'lumbar ligament sprain']);
dx('sacroiliac-sprain', 'sprain of sacroiliac joint', 'S33.6XXA', ['sacroiliac sprain', 'si joint sprain', 'sacroiliac joint sprain', 'sacroiliac sprain/strain']);
dx('abdominal-strain', 'strain of muscle of abdomen', 'S39.011A', ['abdominal strain', 'abdominal wall strain', 'abdominal muscle strain']);
dx('cervical-fracture', 'fracture of cervical vertebra', 'S12.9XXA', ['cervical fracture', 'cervical spine fracture', 'cervical vertebral fracture', 'neck fracture', 'fracture of neck'], { historical: HEALED_FRACTURE });
dx('thoracic-compression-fracture', 'wedge compression fracture of thoracic vertebra', 'S22.000A', ['thoracic compression fracture', 'thoracic vertebral fracture', 'thoracic spine fracture', 'thoracic fracture'], { historical: HEALED_FRACTURE });
dx('lumbar-compression-fracture', 'wedge compression fracture of lumbar vertebra', 'S32.000A', ['lumbar compression fracture', 'lumbar vertebral fracture', 'lumbar spine fracture', 'lumbar fracture', 'vertebral compression fracture', 'compression fracture'], { historical: HEALED_FRACTURE });
dx('osteoporotic-vertebral-fracture', 'age-related osteoporosis with pathological vertebral fracture', 'M80.08XA', ['osteoporotic compression fracture', 'osteoporotic vertebral fracture']);
dx('coccyx-fracture', 'fracture of coccyx', 'S32.2XXA', ['coccyx fracture', 'coccygeal fracture', 'fractured coccyx', 'tailbone fracture'], { historical: HEALED_FRACTURE });
dx('sacral-fracture', 'fracture of sacrum', 'S32.10XA', ['sacral fracture', 'sacrum fracture'], { historical: HEALED_FRACTURE });
dx('pelvic-fracture', 'fracture of pelvis', 'S32.9XXA', ['pelvic fracture', 'pelvis fracture'], { historical: HEALED_FRACTURE });
dx('back-contusion', 'contusion of lower back and pelvis', 'S30.0XXA', ['low back contusion', 'lumbar contusion', 'back contusion', 'buttock contusion', 'contusion of lower back', 'coccyx contusion', 'sacral contusion']);
dx('thoracic-back-contusion', 'contusion of back wall of thorax', 'S20.229A', ['upper back contusion', 'thoracic contusion', 'contusion of upper back']);
dx('chest-wall-contusion', 'contusion of front wall of thorax', 'S20.219A', ['chest wall contusion', 'chest contusion', 'rib contusion']);
sided('rib-fracture', 'fracture of one rib', { r: 'S22.31XA', l: 'S22.32XA', u: 'S22.39XA' }, ['rib fracture', 'fractured rib', 'broken rib'], { historical: HEALED_FRACTURE });
dx('multiple-rib-fractures', 'multiple fractures of ribs', 'S22.49XA', ['multiple rib fractures', 'fractures of multiple ribs']);
dx('chest-wall-pain', 'other chest pain', 'R07.89', ['chest wall pain', 'anterior chest wall pain', 'musculoskeletal chest pain']);
dx('costochondritis', 'chondrocostal junction syndrome', 'M94.0', ['costochondritis', 'tietze syndrome']);

// ---------------------------------------------------------------- myofascial and pain syndromes
dx('myofascial-pain-syndrome', 'myofascial pain syndrome', 'M79.18', ['myofascial pain', 'mps', 'myofascial syndrome', 'myofascial pain syndromes', 'myofascial pain disorder', 'myofasciitis', 'myofascial dysfunction', 'myofascial trigger points', 'myofascial pain syndrome with trigger points', 'myalgia other site', 'other myalgia']);
dx('myalgia', 'myalgia, unspecified site', 'M79.10', ['myalgia', 'muscle pain', 'myalgias', 'myalgia and myositis', 'myalgia and myositis unspecified', 'myositis myalgia']);
dx('myalgia-head-neck', 'myalgia of auxiliary muscles, head and neck', 'M79.12', ['myalgia of neck muscles', 'cervical myalgia', 'trapezius myalgia', 'neck myalgia']);
dx('myositis', 'myositis, unspecified', 'M60.9', ['myositis']);
dx('fibromyalgia', 'fibromyalgia', 'M79.7', ['fibromyalgia syndrome', 'fibrositis', 'fms']);
dx('muscle-spasm-back', 'muscle spasm of back', 'M62.830', ['back spasm', 'back spasms', 'lumbar muscle spasm', 'lumbar spasm', 'lumbar spasms', 'lumbar paraspinal spasm', 'lumbar paraspinal muscle spasm', 'paraspinal muscle spasm', 'paraspinal spasm', 'spasm of back muscles', 'back muscle spasm', 'back muscle spasms', 'muscle spasm of back', 'muscle spasms of back', 'thoracic muscle spasm', 'thoracic spasm', 'lumbosacral muscle spasm', 'low back spasm', 'low back muscle spasm', 'thoracolumbar spasm', 'spasm of back']);
dx('muscle-spasm-calf', 'muscle spasm of calf', 'M62.831', ['calf spasm', 'calf cramp', 'calf muscle spasm']);
dx('muscle-spasm', 'other muscle spasm', 'M62.838', ['muscle spasm', 'muscle spasms', 'spasm of muscle', 'spasms of muscle', 'muscular spasm', 'cervical muscle spasm', 'cervical spasm', 'neck spasm', 'neck muscle spasm', 'cervical paraspinal spasm', 'trapezius spasm', 'shoulder muscle spasm', 'spasm', 'muscle cramp']);
dx('muscle-weakness', 'muscle weakness (generalized)', 'M62.81', ['muscle weakness', 'generalized weakness', 'weakness']);
dx('chronic-pain-syndrome', 'chronic pain syndrome', 'G89.4', ['chronic pain syndromes', 'chronic pain disorder', 'chronic intractable pain syndrome']);
dx('chronic-pain', 'other chronic pain', 'G89.29', ['chronic pain', 'chronic intractable pain', 'intractable pain', 'chronic pain nos', 'chronic pain state']);
dx('chronic-posttraumatic-pain', 'chronic pain due to trauma', 'G89.21', ['chronic post-traumatic pain', 'chronic posttraumatic pain', 'chronic pain due to injury', 'post-traumatic pain', 'posttraumatic pain']);
dx('chronic-postprocedural-pain', 'chronic post-procedural pain', 'G89.28', ['chronic postoperative pain', 'chronic post-surgical pain', 'chronic postsurgical pain', 'postoperative pain', 'post-operative pain', 'postsurgical pain']);
dx('neuropathic-pain', 'neuralgia and neuritis, unspecified', 'M79.2', ['neuropathic pain', 'neuralgia', 'neuritis', 'nerve pain', 'neuritic pain']);
dx('arthralgia', 'pain in unspecified joint', 'M25.50', ['arthralgia', 'joint pain', 'arthralgias', 'polyarthralgia', 'multiple joint pain']);
dx('osteoarthritis', 'osteoarthritis, unspecified site', 'M19.90', ['osteoarthritis', 'degenerative joint disease', 'djd', 'degenerative arthritis', 'arthritis', 'osteoarthrosis', 'unspecified osteoarthritis']);
dx('polyosteoarthritis', 'polyosteoarthritis, unspecified', 'M15.9', ['polyosteoarthritis', 'generalized osteoarthritis', 'multiple joint osteoarthritis']);
dx('tendinitis', 'enthesopathy, unspecified', 'M77.9', ['tendinitis', 'tendonitis', 'tendinopathy', 'enthesopathy', 'tendinosis']);
dx('tenosynovitis', 'synovitis and tenosynovitis, unspecified', 'M65.9', ['tenosynovitis', 'synovitis']);
dx('bursitis', 'bursopathy, unspecified', 'M71.9', ['bursitis', 'bursopathy']);
dx('crps', 'complex regional pain syndrome I, unspecified', 'G90.50', ['crps', 'complex regional pain syndrome', 'reflex sympathetic dystrophy', 'rsd', 'crps type 1', 'crps type i', 'complex regional pain syndrome type 1', 'complex regional pain syndrome type i', 'sympathetically maintained pain']);
sided('crps-upper', 'complex regional pain syndrome I of upper limb', rlu('G90.51', '1', '2', '9', '3'), ['crps of the upper extremity', 'crps upper extremity', 'crps of upper limb', 'upper extremity crps', 'upper extremity complex regional pain syndrome', 'upper extremity reflex sympathetic dystrophy', 'crps of arm', 'crps of hand', 'hand crps', 'arm crps']);
sided('crps-lower', 'complex regional pain syndrome I of lower limb', rlu('G90.52', '1', '2', '9', '3'), ['crps of the lower extremity', 'crps lower extremity', 'crps of lower limb', 'lower extremity crps', 'lower extremity complex regional pain syndrome', 'lower extremity reflex sympathetic dystrophy', 'crps of leg', 'crps of foot', 'foot crps', 'leg crps']);
sided('causalgia-upper', 'causalgia of upper limb', rlu('G56.4', '1', '2', '0', '3'), ['causalgia upper extremity', 'crps type 2 upper extremity', 'crps type ii upper extremity', 'causalgia of arm']);
sided('causalgia-lower', 'causalgia of lower limb', rlu('G57.7', '1', '2', '0', '3'), ['causalgia lower extremity', 'crps type 2 lower extremity', 'crps type ii lower extremity', 'causalgia of leg']);
dx('paresthesia', 'paresthesia of skin', 'R20.2', ['paresthesia', 'paresthesias', 'paraesthesia', 'tingling', 'pins and needles', 'dysesthesia', 'dysesthesias', 'hand paresthesia', 'paresthesia of hand', 'paresthesias of hands', 'upper extremity paresthesia', 'lower extremity paresthesia', 'paresthesia of foot', 'numbness and tingling']);
dx('numbness', 'anesthesia of skin', 'R20.0', ['numbness', 'hand numbness', 'numbness of hand', 'numbness of foot', 'leg numbness', 'arm numbness']);
dx('hypoesthesia', 'hypoesthesia of skin', 'R20.1', ['hypoesthesia', 'hypesthesia', 'decreased sensation']);

// ---------------------------------------------------------------- limb pain by side
LIMB = null;
sided('shoulder-pain', 'pain in shoulder', rlu('M25.51', '1', '2', '9'), ['pain in joint shoulder region', 'pain in joint involving shoulder region', 'shoulder pain', 'shoulder joint pain', 'shoulder arthralgia', 'chronic shoulder pain', 'pain of shoulder', 'shoulder girdle pain'], { limb: 'shoulder' });
sided('elbow-pain', 'pain in elbow', rlu('M25.52', '1', '2', '9'), ['elbow pain', 'elbow joint pain', 'elbow arthralgia', 'pain of elbow'], { limb: 'elbow' });
sided('wrist-pain', 'pain in wrist', rlu('M25.53', '1', '2', '9'), ['wrist pain', 'wrist joint pain', 'wrist arthralgia', 'pain of wrist'], { limb: 'hand' });
sided('hand-pain', 'pain in hand', rlu('M79.64', '1', '2', '3'), ['hand pain', 'pain of hand', 'hand and wrist pain'], { limb: 'hand' });
sided('finger-pain', 'pain in finger(s)', rlu('M79.64', '4', '5', '6'), ['finger pain', 'fingers pain', 'pain of finger', 'thumb pain', 'pain in thumb'], { limb: 'hand' });
sided('hip-pain', 'pain in hip', rlu('M25.55', '1', '2', '9'), ['hip pain', 'hip joint pain', 'hip arthralgia', 'pain of hip'], { limb: 'hip' });
sided('knee-pain', 'pain in knee', rlu('M25.56', '1', '2', '9'), ['pain in joint lower leg', 'pain in joint involving lower leg', 'knee pain', 'knee joint pain', 'knee arthralgia', 'pain of knee', 'chronic knee pain', 'anterior knee pain'], { limb: 'knee' });
sided('ankle-pain', 'pain in ankle and joints of foot', rlu('M25.57', '1', '2', '9'), ['ankle pain', 'ankle joint pain', 'ankle arthralgia', 'pain of ankle'], { limb: 'foot' });
sided('foot-pain', 'pain in foot', rlu('M79.67', '1', '2', '3'), ['foot pain', 'pain of foot', 'heel pain'], { limb: 'foot' });
sided('toe-pain', 'pain in toe(s)', rlu('M79.67', '4', '5', '6'), ['toe pain', 'pain of toe', 'great toe pain'], { limb: 'foot' });
dx('limb-pain', 'pain in unspecified limb', 'M79.609', ['pain in limb', 'limb pain', 'extremity pain']);
sided('arm-pain', 'pain in arm', rlu('M79.60', '1', '2', '3'), ['arm pain', 'upper extremity pain', 'upper limb pain', 'pain in upper extremity', 'pain in upper limb', 'pain of arm']);
sided('upper-arm-pain', 'pain in upper arm', rlu('M79.62', '1', '2', '9'), ['upper arm pain', 'pain of upper arm']);
sided('forearm-pain', 'pain in forearm', rlu('M79.63', '1', '2', '9'), ['forearm pain', 'pain of forearm']);
sided('leg-pain', 'pain in leg', rlu('M79.60', '4', '5', '6'), ['leg pain', 'lower extremity pain', 'lower limb pain', 'pain in lower extremity', 'pain in lower limb', 'pain of leg']);
sided('thigh-pain', 'pain in thigh', rlu('M79.65', '1', '2', '9'), ['thigh pain', 'pain of thigh']);
sided('lower-leg-pain', 'pain in lower leg', rlu('M79.66', '1', '2', '9'), ['lower leg pain', 'calf pain', 'shin pain']);
sided('shoulder-stiffness', 'stiffness of shoulder', rlu('M25.61', '1', '2', '9'), ['shoulder stiffness', 'stiff shoulder'], { limb: 'shoulder' });
sided('knee-stiffness', 'stiffness of knee', rlu('M25.66', '1', '2', '9'), ['knee stiffness', 'stiff knee'], { limb: 'knee' });
sided('knee-effusion', 'effusion of knee', rlu('M25.46', '1', '2', '9'), ['knee effusion', 'knee joint effusion', 'effusion knee'], { limb: 'knee' });
dx('groin-pain', 'pain localized to other parts of lower abdomen', 'R10.30', ['groin pain', 'inguinal pain']);
dx('pelvic-pain', 'pelvic and perineal pain', 'R10.2', ['pelvic pain']);
dx('abdominal-pain', 'unspecified abdominal pain', 'R10.9', ['abdominal pain', 'stomach pain']);
dx('epigastric-pain', 'epigastric pain', 'R10.13', ['epigastric pain', 'epigastric burning', 'epigastric discomfort']);
dx('jaw-pain', 'arthralgia of temporomandibular joint, unspecified side', 'M26.629', ['jaw pain', 'tmj pain', 'temporomandibular joint pain', 'tmj arthralgia'], { codesBySide: { right: 'M26.621', left: 'M26.622', bilateral: 'M26.623', unspecified: 'M26.629' } });
sided('tmj-disorder', 'temporomandibular joint disorder', rlu('M26.60', '1', '2', '9', '3'), ['tmj', 'tmj disorder', 'tmj dysfunction', 'temporomandibular joint dysfunction', 'temporomandibular disorder', 'tmd', 'temporomandibular joint syndrome']);
dx('gait-abnormality', 'unspecified abnormalities of gait and mobility', 'R26.9', ['gait abnormality', 'abnormal gait', 'gait disturbance', 'gait dysfunction', 'gait instability', 'gait derangement']);
dx('difficulty-walking', 'difficulty in walking, not elsewhere classified', 'R26.2', ['difficulty walking', 'difficulty with walking']);

// ---------------------------------------------------------------- shoulder and upper arm
LIMB = 'shoulder';
sided('rotator-cuff-tear', 'rotator cuff tear, not specified as traumatic', rlu('M75.10', '1', '2', '0'), ['rotator cuff tear', 'rct', 'torn rotator cuff', 'rotator cuff rupture', 'rotator cuff syndrome', 'supraspinatus tear', 'supraspinatus tendon tear', 'rotator cuff tears', 'tear of rotator cuff', 'rotator cuff tear or rupture', 'infraspinatus tear', 'subscapularis tear']);
sided('rotator-cuff-tear-partial', 'incomplete rotator cuff tear', rlu('M75.11', '1', '2', '0'), ['partial thickness rotator cuff tear', 'partial rotator cuff tear', 'partial-thickness rotator cuff tear', 'incomplete rotator cuff tear', 'partial tear of rotator cuff', 'partial thickness supraspinatus tear', 'partial-thickness supraspinatus tear', 'partial tear of supraspinatus', 'partial thickness tear of supraspinatus tendon', 'partial thickness articular sided tear of supraspinatus tendon', 'articular sided partial thickness rotator cuff tear', 'bursal sided partial thickness rotator cuff tear', 'partial-thickness tear of the rotator cuff', 'incomplete rotator cuff tear or rupture']);
sided('rotator-cuff-tear-complete', 'complete rotator cuff tear', rlu('M75.12', '1', '2', '0'), ['full thickness rotator cuff tear', 'full-thickness rotator cuff tear', 'complete rotator cuff tear', 'complete rotator cuff rupture', 'full thickness supraspinatus tear', 'full-thickness supraspinatus tear', 'full thickness tear of supraspinatus tendon', 'full thickness supraspinatus tendon tear', 'full thickness rotator cuff tendon tear', 'full thickness infraspinatus tear', 'massive rotator cuff tear', 'complete rotator cuff tear or rupture']);
sided('rotator-cuff-strain', 'strain of rotator cuff', { r: 'S46.011A', l: 'S46.012A', u: 'S46.019A' }, ['rotator cuff sprain', 'sprain of rotator cuff', 'rotator cuff strain', 'traumatic rotator cuff tear', 'rotator cuff sprain/strain', 'rotator cuff injury', 'strain of muscle and tendon of rotator cuff']);
sided('rotator-cuff-tendinitis', 'rotator cuff tendinitis', rlu('M75.8', '1', '2', '0'), ['rotator cuff tendinitis', 'rotator cuff tendonitis', 'rotator cuff tendinopathy', 'rotator cuff tendinosis', 'supraspinatus tendinitis', 'supraspinatus tendonitis', 'supraspinatus tendinosis', 'supraspinatus tendinopathy', 'shoulder tendinitis', 'shoulder tendonitis', 'other shoulder lesions']);
sided('shoulder-impingement', 'impingement syndrome of shoulder', rlu('M75.4', '1', '2', '0'), ['shoulder impingement', 'impingement syndrome', 'shoulder impingement syndrome', 'subacromial impingement', 'subacromial impingement syndrome', 'impingement syndrome of shoulder', 'impingement', 'rotator cuff impingement', 'shoulder impingement with bursitis']);
sided('subacromial-bursitis', 'bursitis of shoulder', rlu('M75.5', '1', '2', '0'), ['subacromial bursitis', 'shoulder bursitis', 'subdeltoid bursitis', 'subacromial subdeltoid bursitis', 'bursitis of shoulder']);
sided('bicipital-tendinitis', 'bicipital tendinitis', rlu('M75.2', '1', '2', '0'), ['biceps tendinitis', 'bicipital tendonitis', 'biceps tendonitis', 'biceps tendinopathy', 'bicipital tenosynovitis', 'long head biceps tendinitis']);
sided('calcific-tendinitis-shoulder', 'calcific tendinitis of shoulder', rlu('M75.3', '1', '2', '0'), ['calcific tendinitis', 'calcific tendonitis', 'calcific tendinitis of shoulder', 'calcific tendinopathy of shoulder']);
sided('adhesive-capsulitis', 'adhesive capsulitis of shoulder', rlu('M75.0', '1', '2', '0'), ['adhesive capsulitis', 'frozen shoulder', 'adhesive capsulitis of the shoulder', 'shoulder adhesive capsulitis']);
sided('shoulder-sprain', 'sprain of shoulder joint', { r: 'S43.401A', l: 'S43.402A', u: 'S43.409A' }, ['shoulder sprain', 'shoulder sprain/strain', 'shoulder joint sprain', 'sprain of shoulder', 'glenohumeral sprain']);
sided('shoulder-strain', 'strain of shoulder', { r: 'S46.911A', l: 'S46.912A', u: 'S46.919A' }, ['shoulder strain', 'strain of shoulder', 'shoulder muscle strain', 'shoulder girdle strain', 'strain of shoulder and upper arm', 'upper arm strain', 'strain of unspecified muscle fascia and tendon at shoulder and upper arm level']);
sided('shoulder-contusion', 'contusion of shoulder', { r: 'S40.011A', l: 'S40.012A', u: 'S40.019A' }, ['shoulder contusion', 'contusion of shoulder', 'bruised shoulder']);
sided('upper-arm-contusion', 'contusion of upper arm', { r: 'S40.021A', l: 'S40.022A', u: 'S40.029A' }, ['upper arm contusion', 'arm contusion', 'contusion of upper arm']);
sided('labral-tear-shoulder', 'superior glenoid labrum lesion', { r: 'S43.431A', l: 'S43.432A', u: 'S43.439A' }, ['slap tear', 'slap lesion', 'superior labrum anterior posterior tear', 'glenoid labral tear', 'labral tear of shoulder', 'shoulder labral tear', 'superior labral tear', 'glenoid labrum tear', 'labrum tear of shoulder', 'slap fraying', 'fraying of superior labrum', 'superior labrum fraying', 'superior labral fraying', 'labral fraying', 'superior labrum tear', 'slap injury', 'superior labral anterior posterior lesion']);
sided('shoulder-oa', 'primary osteoarthritis of shoulder', rlu('M19.01', '1', '2', '9'), ['shoulder osteoarthritis', 'glenohumeral osteoarthritis', 'glenohumeral arthritis', 'shoulder arthritis', 'shoulder degenerative joint disease', 'shoulder djd', 'acromioclavicular osteoarthritis', 'acromioclavicular joint arthritis', 'ac joint arthritis', 'ac joint arthrosis', 'acromioclavicular arthrosis', 'acromioclavicular joint arthrosis', 'ac joint osteoarthritis', 'ac joint degenerative joint disease', 'glenohumeral arthrosis', 'acromioclavicular degenerative joint disease']);
sided('ac-separation', 'sprain of acromioclavicular joint', { r: 'S43.51XA', l: 'S43.52XA', u: 'S43.50XA' }, ['ac joint sprain', 'ac separation', 'ac joint separation', 'acromioclavicular separation', 'acromioclavicular sprain', 'acromioclavicular joint sprain', 'shoulder separation']);
sided('shoulder-dislocation', 'dislocation of shoulder joint', { r: 'S43.004A', l: 'S43.005A', u: 'S43.006A' }, ['shoulder dislocation', 'dislocated shoulder', 'glenohumeral dislocation']);
sided('shoulder-subluxation', 'subluxation of shoulder joint', { r: 'S43.001A', l: 'S43.002A', u: 'S43.003A' }, ['shoulder subluxation', 'glenohumeral subluxation']);
sided('shoulder-instability', 'instability of shoulder', rlu('M25.31', '1', '2', '9'), ['shoulder instability', 'glenohumeral instability']);
sided('proximal-humerus-fracture', 'fracture of upper end of humerus', { r: 'S42.201A', l: 'S42.202A', u: 'S42.209A' }, ['proximal humerus fracture', 'proximal humeral fracture', 'humeral head fracture', 'fracture of proximal humerus', 'humerus fracture', 'humeral fracture'], { historical: HEALED_FRACTURE });
sided('clavicle-fracture', 'fracture of clavicle', { r: 'S42.001A', l: 'S42.002A', u: 'S42.009A' }, ['clavicle fracture', 'clavicular fracture', 'fractured clavicle', 'collarbone fracture'], { historical: HEALED_FRACTURE });
sided('shoulder-fracture', 'fracture of shoulder girdle', { r: 'S42.91XA', l: 'S42.92XA', u: 'S42.90XA' }, ['shoulder fracture', 'fracture of shoulder', 'fracture of shoulder girdle', 'scapula fracture', 'scapular fracture'], { historical: HEALED_FRACTURE });
sided('biceps-tendon-tear', 'strain of long head of biceps', { r: 'S46.111A', l: 'S46.112A', u: 'S46.119A' }, ['biceps tendon rupture', 'biceps rupture', 'biceps tendon tear', 'biceps strain', 'long head biceps tear', 'long head of biceps tendon tear', 'proximal biceps tendon rupture', 'biceps tendon tear of shoulder']);
sided('distal-biceps-rupture', 'strain of distal biceps', { r: 'S46.211A', l: 'S46.212A', u: 'S46.219A' }, ['distal biceps tendon rupture', 'distal biceps rupture', 'distal biceps tendon tear', 'distal biceps tear']);

// ---------------------------------------------------------------- elbow and forearm
LIMB = 'elbow';
sided('lateral-epicondylitis', 'lateral epicondylitis', rlu('M77.1', '1', '2', '0'), ['tennis elbow', 'lateral epicondylitis', 'lateral epicondylalgia', 'lateral epicondylosis', 'lateral epicondylitis of elbow', 'common extensor tendinitis']);
sided('medial-epicondylitis', 'medial epicondylitis', rlu('M77.0', '1', '2', '0'), ["golfer's elbow", 'golfers elbow', 'medial epicondylitis', 'medial epicondylalgia', 'medial epicondylosis', 'common flexor tendinitis']);
sided('olecranon-bursitis', 'olecranon bursitis', rlu('M70.2', '1', '2', '0'), ['olecranon bursitis', 'elbow bursitis']);
sided('cubital-tunnel', 'lesion of ulnar nerve', rlu('G56.2', '1', '2', '0', '3'), ['cubital tunnel syndrome', 'cubital tunnel', 'ulnar neuropathy', 'ulnar neuritis', 'ulnar nerve entrapment', 'ulnar nerve entrapment at the elbow', 'ulnar neuropathy at the elbow', 'ulnar nerve compression', 'lesion of ulnar nerve', 'tardy ulnar nerve palsy', "guyon's canal syndrome"]);
sided('radial-tunnel', 'lesion of radial nerve', rlu('G56.3', '1', '2', '0', '3'), ['radial tunnel syndrome', 'radial neuropathy', 'radial nerve entrapment', 'posterior interosseous nerve syndrome', 'lesion of radial nerve', 'radial nerve palsy']);
sided('elbow-sprain', 'sprain of elbow', { r: 'S53.401A', l: 'S53.402A', u: 'S53.409A' }, ['elbow sprain', 'elbow sprain/strain', 'sprain of elbow']);
sided('forearm-strain', 'strain of forearm muscles', { r: 'S56.911A', l: 'S56.912A', u: 'S56.919A' }, ['forearm strain', 'elbow strain', 'forearm muscle strain', 'strain of forearm']);
sided('elbow-contusion', 'contusion of elbow', { r: 'S50.01XA', l: 'S50.02XA', u: 'S50.00XA' }, ['elbow contusion', 'contusion of elbow']);
sided('forearm-contusion', 'contusion of forearm', { r: 'S50.11XA', l: 'S50.12XA', u: 'S50.10XA' }, ['forearm contusion', 'contusion of forearm']);
sided('elbow-oa', 'primary osteoarthritis of elbow', rlu('M19.02', '1', '2', '9'), ['elbow osteoarthritis', 'elbow arthritis', 'elbow degenerative joint disease']);
sided('elbow-fracture', 'fracture of elbow region', { r: 'S52.91XA', l: 'S52.92XA', u: 'S52.90XA' }, ['forearm fracture', 'radial head fracture', 'olecranon fracture', 'elbow fracture', 'ulna fracture', 'fracture of forearm'], { historical: HEALED_FRACTURE });

// ---------------------------------------------------------------- wrist and hand
LIMB = 'hand';
sided('carpal-tunnel', 'carpal tunnel syndrome', rlu('G56.0', '1', '2', '0', '3'), ['cts', 'carpal tunnel', 'median neuropathy at the wrist', 'median nerve entrapment at the wrist', 'median nerve entrapment', 'median nerve compression', 'median neuropathy', 'carpal tunnel syndromes', 'carpal tunnel syndrome of wrist', 'median nerve neuropathy at the wrist', 'entrapment neuropathy of the median nerve']);
dx('de-quervain', "radial styloid tenosynovitis [de Quervain]", 'M65.4', ["de quervain's tenosynovitis", 'de quervain tenosynovitis', 'dequervain tenosynovitis', "dequervain's tenosynovitis", "de quervain's disease", 'de quervain disease', "de quervain's", 'dequervains', 'de quervain', 'radial styloid tenosynovitis', "de quervain's tendinitis", 'dequervain tendinitis']);
dx('trigger-finger', 'trigger finger, unspecified finger', 'M65.30', ['trigger finger', 'stenosing tenosynovitis', 'trigger fingers', 'stenosing flexor tenosynovitis']);
sided('trigger-thumb', 'trigger thumb', rlu('M65.31', '1', '2', '9'), ['trigger thumb']);
sided('trigger-index', 'trigger finger, index finger', rlu('M65.32', '1', '2', '9'), ['trigger finger index finger', 'index finger trigger finger', 'trigger index finger']);
sided('trigger-middle', 'trigger finger, middle finger', rlu('M65.33', '1', '2', '9'), ['trigger finger middle finger', 'middle finger trigger finger', 'trigger middle finger']);
sided('trigger-ring', 'trigger finger, ring finger', rlu('M65.34', '1', '2', '9'), ['trigger finger ring finger', 'ring finger trigger finger', 'trigger ring finger']);
sided('trigger-little', 'trigger finger, little finger', rlu('M65.35', '1', '2', '9'), ['trigger finger little finger', 'little finger trigger finger', 'trigger little finger', 'trigger fifth finger']);
sided('wrist-tenosynovitis', 'tenosynovitis of wrist', rlu('M65.83', '1', '2', '9'), ['wrist tenosynovitis', 'wrist flexor tenosynovitis', 'wrist extensor tenosynovitis', 'flexor tenosynovitis of wrist', 'extensor tenosynovitis of wrist', 'wrist tendinitis', 'wrist tendonitis', 'wrist flexor tendinitis', 'wrist extensor tendinitis', 'forearm tenosynovitis', 'intersection syndrome', 'wrist tendinopathy', 'flexor tendinitis of wrist', 'extensor tendinitis of wrist']);
sided('hand-tenosynovitis', 'tenosynovitis of hand', rlu('M65.84', '1', '2', '9'), ['hand tenosynovitis', 'flexor tenosynovitis of hand', 'hand tendinitis', 'hand tendonitis', 'finger tenosynovitis', 'flexor tenosynovitis']);
sided('wrist-sprain', 'sprain of wrist', { r: 'S63.501A', l: 'S63.502A', u: 'S63.509A' }, ['wrist sprain', 'wrist sprain/strain', 'sprain of wrist', 'wrist ligament sprain', 'scapholunate ligament sprain', 'scapholunate ligament tear']);
sided('wrist-strain', 'strain of wrist and hand muscles', { r: 'S66.911A', l: 'S66.912A', u: 'S66.919A' }, ['wrist strain', 'hand strain', 'strain of wrist', 'wrist and hand strain', 'strain of hand']);
sided('hand-sprain', 'sprain of wrist and hand', { r: 'S63.91XA', l: 'S63.92XA', u: 'S63.90XA' }, ['hand sprain', 'hand sprain/strain', 'sprain of hand', 'wrist and hand sprain']);
sided('tfcc-tear', 'tear of triangular fibrocartilage complex', { r: 'S63.591A', l: 'S63.592A', u: 'S63.599A' }, ['tfcc tear', 'triangular fibrocartilage complex tear', 'tfcc injury', 'triangular fibrocartilage tear', 'tfcc sprain']);
sided('thumb-sprain', 'sprain of thumb', { r: 'S63.601A', l: 'S63.602A', u: 'S63.609A' }, ['thumb sprain', "gamekeeper's thumb", "skier's thumb", 'ucl sprain of thumb']);
sided('finger-sprain', 'sprain of finger', { r: 'S63.610A', l: 'S63.611A', u: 'S63.619A' }, ['finger sprain', 'sprain of finger', 'jammed finger']);
sided('wrist-contusion', 'contusion of wrist', { r: 'S60.211A', l: 'S60.212A', u: 'S60.219A' }, ['wrist contusion', 'contusion of wrist']);
sided('hand-contusion', 'contusion of hand', { r: 'S60.221A', l: 'S60.222A', u: 'S60.229A' }, ['hand contusion', 'contusion of hand', 'crush injury of hand']);
sided('finger-contusion', 'contusion of finger', { r: 'S60.011A', l: 'S60.012A', u: 'S60.019A' }, ['thumb contusion', 'finger contusion']);
sided('wrist-ganglion', 'ganglion of wrist', rlu('M67.43', '1', '2', '9'), ['wrist ganglion', 'ganglion cyst', 'ganglion cyst of wrist', 'dorsal wrist ganglion', 'volar wrist ganglion', 'ganglion']);
sided('wrist-oa', 'primary osteoarthritis of wrist', rlu('M19.03', '1', '2', '9'), ['wrist osteoarthritis', 'wrist arthritis', 'wrist degenerative joint disease', 'radiocarpal arthritis']);
sided('hand-oa', 'primary osteoarthritis of hand', rlu('M19.04', '1', '2', '9'), ['hand osteoarthritis', 'hand arthritis', 'finger osteoarthritis', 'osteoarthritis of fingers']);
sided('thumb-cmc-oa', 'primary osteoarthritis of first carpometacarpal joint', { r: 'M18.11', l: 'M18.12', b: 'M18.0', u: 'M18.10' }, ['thumb cmc arthritis', 'thumb cmc osteoarthritis', 'cmc arthritis', 'carpometacarpal arthritis', 'basal joint arthritis', 'thumb basal joint arthritis', 'first cmc arthritis', 'first carpometacarpal joint arthritis', 'cmc joint arthritis', 'thumb arthritis']);
sided('distal-radius-fracture', 'fracture of lower end of radius', { r: 'S52.501A', l: 'S52.502A', u: 'S52.509A' }, ['distal radius fracture', 'distal radial fracture', 'fracture of distal radius', 'radius fracture', 'fractured radius', 'radial fracture'], { historical: HEALED_FRACTURE });
sided('colles-fracture', "Colles' fracture", { r: 'S52.531A', l: 'S52.532A', u: 'S52.539A' }, ['colles fracture', "colles' fracture"], { historical: HEALED_FRACTURE });
sided('wrist-fracture', 'fracture of wrist', { r: 'S62.101A', l: 'S62.102A', u: 'S62.109A' }, ['wrist fracture', 'fractured wrist', 'broken wrist', 'carpal fracture', 'fracture of wrist', 'carpal bone fracture'], { historical: HEALED_FRACTURE });
sided('scaphoid-fracture', 'fracture of scaphoid', { r: 'S62.001A', l: 'S62.002A', u: 'S62.009A' }, ['scaphoid fracture', 'navicular fracture of wrist', 'fractured scaphoid'], { historical: HEALED_FRACTURE });
dx('metacarpal-fracture', 'fracture of metacarpal bone', 'S62.309A', ['metacarpal fracture', "boxer's fracture", 'fractured metacarpal'], { historical: HEALED_FRACTURE });
sided('hand-fracture', 'fracture of wrist and hand', { r: 'S62.91XA', l: 'S62.92XA', u: 'S62.90XA' }, ['hand fracture', 'fractured hand', 'broken hand', 'fracture of hand'], { historical: HEALED_FRACTURE });
dx('finger-fracture', 'fracture of finger', 'S62.609A', ['finger fracture', 'fractured finger', 'broken finger', 'phalanx fracture', 'phalangeal fracture of finger'], { historical: HEALED_FRACTURE });
sided('hand-laceration', 'laceration of hand', { r: 'S61.411A', l: 'S61.412A', u: 'S61.419A' }, ['hand laceration', 'laceration of hand']);
dx('dupuytren', 'palmar fascial fibromatosis [Dupuytren]', 'M72.0', ['dupuytren contracture', "dupuytren's contracture", "dupuytren's disease", 'palmar fibromatosis']);

// ---------------------------------------------------------------- hip, pelvis and thigh
LIMB = 'hip';
sided('hip-oa', 'primary osteoarthritis of hip', { r: 'M16.11', l: 'M16.12', b: 'M16.0', u: 'M16.10' }, ['hip osteoarthritis', 'hip arthritis', 'hip degenerative joint disease', 'hip djd', 'degenerative joint disease of hip', 'osteoarthritis of hip', 'coxarthrosis']);
sided('trochanteric-bursitis', 'trochanteric bursitis', rlu('M70.6', '1', '2', '0'), ['greater trochanteric bursitis', 'hip bursitis', 'greater trochanteric pain syndrome', 'trochanteric bursitis of hip', 'trochanteric pain syndrome', 'gtps']);
sided('hip-labral-tear', 'tear of labrum of hip', { r: 'S73.191A', l: 'S73.192A', u: 'S73.199A' }, ['hip labral tear', 'acetabular labral tear', 'labral tear of hip', 'hip labrum tear']);
sided('hip-sprain', 'sprain of hip', { r: 'S73.101A', l: 'S73.102A', u: 'S73.109A' }, ['hip sprain', 'hip sprain/strain', 'sprain of hip']);
sided('hip-strain', 'strain of muscle of hip', { r: 'S76.011A', l: 'S76.012A', u: 'S76.019A' }, ['hip strain', 'hip flexor strain', 'strain of hip', 'hip muscle strain', 'gluteal strain']);
sided('groin-strain', 'strain of adductor muscle of thigh', { r: 'S76.211A', l: 'S76.212A', u: 'S76.219A' }, ['groin strain', 'adductor strain', 'groin pull']);
sided('hamstring-strain', 'strain of hamstring', { r: 'S76.311A', l: 'S76.312A', u: 'S76.319A' }, ['hamstring strain', 'hamstring pull', 'hamstring tear']);
sided('quadriceps-strain', 'strain of quadriceps muscle', { r: 'S76.111A', l: 'S76.112A', u: 'S76.119A' }, ['quadriceps strain', 'quad strain', 'thigh strain']);
sided('hip-contusion', 'contusion of hip', { r: 'S70.01XA', l: 'S70.02XA', u: 'S70.00XA' }, ['hip contusion', 'contusion of hip']);
sided('thigh-contusion', 'contusion of thigh', { r: 'S70.11XA', l: 'S70.12XA', u: 'S70.10XA' }, ['thigh contusion', 'contusion of thigh']);
sided('hip-fracture', 'fracture of neck of femur', { r: 'S72.001A', l: 'S72.002A', u: 'S72.009A' }, ['hip fracture', 'femoral neck fracture', 'fractured hip', 'broken hip', 'fracture of hip', 'intertrochanteric fracture'], { historical: HEALED_FRACTURE });
sided('femur-fracture', 'fracture of femur', { r: 'S72.91XA', l: 'S72.92XA', u: 'S72.90XA' }, ['femur fracture', 'femoral fracture', 'fractured femur'], { historical: HEALED_FRACTURE });
sided('piriformis', 'piriformis syndrome', rlu('G57.0', '1', '2', '0', '3'), ['piriformis syndrome', 'sciatic nerve entrapment', 'lesion of sciatic nerve', 'sciatic neuropathy']);
sided('meralgia', 'meralgia paresthetica', rlu('G57.1', '1', '2', '0', '3'), ['meralgia paresthetica', 'lateral femoral cutaneous nerve entrapment', 'lateral femoral cutaneous neuropathy']);
sided('hip-avn', 'avascular necrosis of femoral head', { r: 'M87.051', l: 'M87.052', u: 'M87.059' }, ['avascular necrosis of hip', 'avascular necrosis of femoral head', 'osteonecrosis of hip', 'hip avn']);
sided('hip-impingement', 'femoroacetabular impingement', { r: 'M25.851', l: 'M25.852', u: 'M25.859' }, ['femoroacetabular impingement', 'fai', 'hip impingement']);

// ---------------------------------------------------------------- knee and lower leg
LIMB = 'knee';
sided('medial-meniscus-tear', 'tear of medial meniscus', { r: 'S83.241A', l: 'S83.242A', u: 'S83.249A' }, ['tear of medial cartilage or meniscus of knee', 'tear of medial cartilage or meniscus of knee current', 'medial meniscus tear', 'medial meniscal tear', 'torn medial meniscus', 'tear of medial meniscus', 'tear of the medial meniscus', 'complex tear of medial meniscus', 'horizontal tear of medial meniscus', 'posterior horn medial meniscus tear', 'tear of posterior horn of medial meniscus', 'medial meniscus posterior horn tear', 'complex tear of the posterior horn of the medial meniscus', 'horizontal tear of the posterior horn of the medial meniscus', 'medial meniscus tears', 'other tear of medial meniscus']);
sided('lateral-meniscus-tear', 'tear of lateral meniscus', { r: 'S83.281A', l: 'S83.282A', u: 'S83.289A' }, ['lateral meniscus tear', 'lateral meniscal tear', 'torn lateral meniscus', 'tear of lateral meniscus', 'tear of the lateral meniscus', 'posterior horn lateral meniscus tear', 'other tear of lateral meniscus']);
sided('medial-meniscus-old-tear-posterior', 'derangement of posterior horn of medial meniscus due to old tear', rlu('M23.22', '1', '2', '9'), ['degenerative tear of posterior horn of medial meniscus', 'degenerative posterior horn medial meniscus tear', 'old tear of posterior horn of medial meniscus', 'chronic tear of posterior horn of medial meniscus', 'degenerative tear of medial meniscus posterior horn', 'derangement of posterior horn of medial meniscus']);
sided('medial-meniscus-old-tear', 'derangement of medial meniscus due to old tear', rlu('M23.23', '1', '2', '9'), ['degenerative medial meniscus tear', 'degenerative tear of medial meniscus', 'degenerative medial meniscal tear', 'old medial meniscus tear', 'old tear of medial meniscus', 'chronic medial meniscus tear', 'degenerative tearing of medial meniscus', 'derangement of medial meniscus']);
sided('lateral-meniscus-old-tear-posterior', 'derangement of posterior horn of lateral meniscus due to old tear', rlu('M23.25', '1', '2', '9'), ['degenerative tear of posterior horn of lateral meniscus', 'degenerative posterior horn lateral meniscus tear', 'old tear of posterior horn of lateral meniscus']);
sided('lateral-meniscus-old-tear', 'derangement of lateral meniscus due to old tear', rlu('M23.26', '1', '2', '9'), ['degenerative lateral meniscus tear', 'degenerative tear of lateral meniscus', 'degenerative lateral meniscal tear', 'old lateral meniscus tear', 'old tear of lateral meniscus', 'chronic lateral meniscus tear']);
sided('bucket-handle-tear', 'bucket-handle tear of medial meniscus', { r: 'S83.211A', l: 'S83.212A', u: 'S83.219A' }, ['bucket handle tear', 'bucket-handle tear', 'bucket handle meniscus tear', 'bucket handle tear of medial meniscus']);
sided('meniscus-tear', 'tear of meniscus', { r: 'S83.206A', l: 'S83.207A', u: 'S83.209A' }, ['meniscus tear', 'meniscal tear', 'torn meniscus', 'tear of meniscus', 'knee meniscus tear', 'meniscal tears', 'meniscus tears', 'tear of the meniscus', 'derangement of meniscus']);
sided('knee-oa', 'primary osteoarthritis of knee', { r: 'M17.11', l: 'M17.12', b: 'M17.0', u: 'M17.10' }, ['knee osteoarthritis', 'osteoarthritis of knee', 'osteoarthritis of the knee', 'knee arthritis', 'knee degenerative joint disease', 'knee djd', 'degenerative joint disease of knee', 'degenerative arthritis of knee', 'tricompartmental osteoarthritis', 'tricompartmental arthritis', 'medial compartment osteoarthritis', 'medial compartment arthritis', 'patellofemoral osteoarthritis', 'patellofemoral arthritis', 'gonarthrosis', 'knee osteoarthrosis', 'unilateral primary osteoarthritis of knee', 'degenerative knee', 'knee chondrosis', 'medial compartment chondrosis']);
sided('knee-oa-posttraumatic', 'post-traumatic osteoarthritis of knee', { r: 'M17.31', l: 'M17.32', u: 'M17.30' }, ['post-traumatic osteoarthritis of knee', 'post traumatic knee osteoarthritis', 'posttraumatic arthritis of knee', 'post-traumatic arthritis of knee', 'posttraumatic knee osteoarthritis']);
sided('chondromalacia-patellae', 'chondromalacia patellae', rlu('M22.4', '1', '2', '0'), ['chondromalacia patellae', 'chondromalacia patella', 'chondromalacia of patella', 'patellar chondromalacia', 'chondromalacia']);
sided('patellofemoral-syndrome', 'patellofemoral disorder', rlu('M22.2X', '1', '2', '9'), ['patellofemoral pain syndrome', 'patellofemoral syndrome', 'pfps', 'patellofemoral pain', 'patellofemoral dysfunction', 'patellar maltracking']);
sided('knee-sprain', 'sprain of knee', { r: 'S83.91XA', l: 'S83.92XA', u: 'S83.90XA' }, ['knee sprain', 'knee sprain/strain', 'knee strain', 'sprain of knee', 'knee ligament sprain', 'strain of knee']);
sided('acl-tear', 'sprain of anterior cruciate ligament', { r: 'S83.511A', l: 'S83.512A', u: 'S83.519A' }, ['acl tear', 'anterior cruciate ligament tear', 'acl sprain', 'acl rupture', 'anterior cruciate ligament sprain', 'torn acl', 'acl injury', 'anterior cruciate ligament rupture']);
sided('pcl-tear', 'sprain of posterior cruciate ligament', { r: 'S83.521A', l: 'S83.522A', u: 'S83.529A' }, ['pcl tear', 'posterior cruciate ligament tear', 'pcl sprain', 'posterior cruciate ligament sprain']);
sided('mcl-sprain', 'sprain of medial collateral ligament of knee', { r: 'S83.411A', l: 'S83.412A', u: 'S83.419A' }, ['mcl sprain', 'mcl tear', 'medial collateral ligament sprain', 'medial collateral ligament tear', 'mcl injury']);
sided('lcl-sprain', 'sprain of lateral collateral ligament of knee', { r: 'S83.421A', l: 'S83.422A', u: 'S83.429A' }, ['lcl sprain', 'lcl tear', 'lateral collateral ligament sprain', 'lateral collateral ligament tear']);
sided('knee-contusion', 'contusion of knee', { r: 'S80.01XA', l: 'S80.02XA', u: 'S80.00XA' }, ['knee contusion', 'contusion of knee', 'bruised knee']);
sided('lower-leg-contusion', 'contusion of lower leg', { r: 'S80.11XA', l: 'S80.12XA', u: 'S80.10XA' }, ['lower leg contusion', 'leg contusion', 'shin contusion', 'contusion of lower leg']);
sided('knee-internal-derangement', 'internal derangement of knee', rlu('M23.9', '1', '2', '0'), ['internal derangement of knee', 'knee internal derangement', 'internal derangement']);
sided('patellar-tendinitis', 'patellar tendinitis', rlu('M76.5', '1', '2', '0'), ['patellar tendinitis', 'patellar tendonitis', 'patellar tendinopathy', "jumper's knee", 'quadriceps tendinitis']);
sided('pes-anserine', 'pes anserine bursitis', rlu('M70.5', '1', '2', '0'), ['pes anserine bursitis', 'pes anserinus bursitis', 'knee bursitis', 'other bursitis of knee']);
sided('prepatellar-bursitis', 'prepatellar bursitis', rlu('M70.4', '1', '2', '0'), ['prepatellar bursitis']);
sided('bakers-cyst', "Baker's cyst", rlu('M71.2', '1', '2', '0'), ["baker's cyst", 'bakers cyst', 'baker cyst', 'popliteal cyst', 'synovial cyst of popliteal space']);
sided('knee-fracture', 'fracture of lower leg', { r: 'S82.91XA', l: 'S82.92XA', u: 'S82.90XA' }, ['knee fracture', 'fracture of knee', 'lower leg fracture', 'leg fracture', 'fractured leg', 'broken leg', 'fracture of lower leg', 'tibial plateau fracture'], { historical: HEALED_FRACTURE });
sided('patella-fracture', 'fracture of patella', { r: 'S82.001A', l: 'S82.002A', u: 'S82.009A' }, ['patella fracture', 'patellar fracture', 'kneecap fracture', 'fractured patella'], { historical: HEALED_FRACTURE });
sided('tibia-fracture', 'fracture of shaft of tibia', { r: 'S82.201A', l: 'S82.202A', u: 'S82.209A' }, ['tibia fracture', 'tibial fracture', 'tibial shaft fracture', 'fractured tibia'], { historical: HEALED_FRACTURE });
sided('fibula-fracture', 'fracture of shaft of fibula', { r: 'S82.401A', l: 'S82.402A', u: 'S82.409A' }, ['fibula fracture', 'fibular fracture', 'fractured fibula'], { historical: HEALED_FRACTURE });
sided('achilles-rupture', 'strain of Achilles tendon', { r: 'S86.011A', l: 'S86.012A', u: 'S86.019A' }, ['achilles tendon rupture', 'achilles rupture', 'ruptured achilles tendon', 'achilles tendon tear', 'achilles strain']);
sided('achilles-tendinitis', 'Achilles tendinitis', rlu('M76.6', '1', '2', '0'), ['achilles tendinitis', 'achilles tendonitis', 'achilles tendinopathy', 'achilles tendinosis']);
sided('calf-strain', 'strain of calf muscle', { r: 'S86.111A', l: 'S86.112A', u: 'S86.119A' }, ['calf strain', 'gastrocnemius strain', 'calf muscle strain', 'lower leg strain']);
sided('shin-splints', 'medial tibial stress syndrome', { r: 'M76.821', l: 'M76.822', u: 'M76.829' }, ['shin splints', 'medial tibial stress syndrome', 'posterior tibial tendinitis', 'posterior tibial tendonitis', 'posterior tibial tendon dysfunction']);
sided('knee-instability', 'instability of knee', { r: 'M23.51', l: 'M23.52', u: 'M23.50' }, ['knee instability', 'chronic instability of knee', 'unstable knee']);

// ---------------------------------------------------------------- ankle and foot
LIMB = 'foot';
sided('ankle-sprain', 'sprain of ankle', { r: 'S93.401A', l: 'S93.402A', u: 'S93.409A' }, ['ankle sprain', 'ankle sprain/strain', 'sprained ankle', 'lateral ankle sprain', 'sprain of ankle', 'inversion ankle sprain', 'atfl sprain', 'anterior talofibular ligament sprain', 'ankle ligament sprain']);
sided('ankle-strain', 'strain of ankle', { r: 'S96.911A', l: 'S96.912A', u: 'S96.919A' }, ['ankle strain', 'strain of ankle', 'foot strain', 'ankle and foot strain', 'strain of foot']);
sided('foot-sprain', 'sprain of foot', { r: 'S93.601A', l: 'S93.602A', u: 'S93.609A' }, ['foot sprain', 'midfoot sprain', 'lisfranc sprain', 'sprain of foot']);
dx('plantar-fasciitis', 'plantar fascial fibromatosis', 'M72.2', ['plantar fasciitis', 'plantar fasciopathy', 'plantar fasciosis', 'heel spur syndrome']);
sided('ankle-fracture', 'fracture of ankle', { r: 'S82.891A', l: 'S82.892A', u: 'S82.899A' }, ['ankle fracture', 'fractured ankle', 'broken ankle', 'fracture of ankle', 'malleolar fracture', 'lateral malleolus fracture', 'bimalleolar fracture', 'trimalleolar fracture'], { historical: HEALED_FRACTURE });
sided('metatarsal-fracture', 'fracture of metatarsal bone', { r: 'S92.301A', l: 'S92.302A', u: 'S92.309A' }, ['metatarsal fracture', 'fractured metatarsal', 'fifth metatarsal fracture', 'jones fracture'], { historical: HEALED_FRACTURE });
sided('calcaneus-fracture', 'fracture of calcaneus', { r: 'S92.001A', l: 'S92.002A', u: 'S92.009A' }, ['calcaneus fracture', 'calcaneal fracture', 'heel fracture', 'fractured calcaneus'], { historical: HEALED_FRACTURE });
sided('foot-fracture', 'fracture of foot', { r: 'S92.901A', l: 'S92.902A', u: 'S92.909A' }, ['foot fracture', 'fractured foot', 'broken foot', 'fracture of foot'], { historical: HEALED_FRACTURE });
sided('toe-fracture', 'fracture of toe', { r: 'S92.911A', l: 'S92.912A', u: 'S92.919A' }, ['toe fracture', 'fractured toe', 'broken toe'], { historical: HEALED_FRACTURE });
sided('ankle-oa', 'primary osteoarthritis of ankle and foot', rlu('M19.07', '1', '2', '9'), ['ankle osteoarthritis', 'ankle arthritis', 'foot osteoarthritis', 'foot arthritis', 'ankle degenerative joint disease', 'subtalar arthritis', 'midfoot arthritis']);
sided('tarsal-tunnel', 'tarsal tunnel syndrome', rlu('G57.5', '1', '2', '0', '3'), ['tarsal tunnel syndrome', 'tarsal tunnel', 'posterior tibial nerve entrapment', 'tibial neuropathy']);
sided('morton-neuroma', "Morton's neuroma", rlu('G57.6', '1', '2', '0', '3'), ["morton's neuroma", 'morton neuroma', 'mortons neuroma', 'interdigital neuroma', 'plantar nerve lesion']);
sided('ankle-contusion', 'contusion of ankle', { r: 'S90.01XA', l: 'S90.02XA', u: 'S90.00XA' }, ['ankle contusion', 'contusion of ankle']);
sided('foot-contusion', 'contusion of foot', { r: 'S90.31XA', l: 'S90.32XA', u: 'S90.30XA' }, ['foot contusion', 'contusion of foot', 'crush injury of foot']);
sided('toe-contusion', 'contusion of toe', { r: 'S90.111A', l: 'S90.112A', u: 'S90.119A' }, ['toe contusion', 'great toe contusion']);
sided('ankle-instability', 'instability of ankle', rlu('M25.37', '1', '2', '9'), ['ankle instability', 'chronic ankle instability', 'lateral ankle instability']);
sided('metatarsalgia', 'metatarsalgia', rlu('M77.4', '1', '2', '0'), ['metatarsalgia']);
sided('foot-drop', 'foot drop', rlu('M21.37', '1', '2', '9'), ['foot drop', 'drop foot', 'footdrop']);
sided('peroneal-neuropathy', 'lesion of lateral popliteal nerve', rlu('G57.3', '1', '2', '0', '3'), ['peroneal neuropathy', 'peroneal nerve palsy', 'common peroneal neuropathy', 'peroneal nerve entrapment', 'fibular neuropathy', 'lesion of lateral popliteal nerve']);
sided('peroneal-tendinitis', 'peroneal tendinitis', rlu('M76.7', '1', '2', '0'), ['peroneal tendinitis', 'peroneal tendonitis', 'peroneal tendinopathy']);
sided('hallux-valgus', 'hallux valgus', rlu('M20.1', '1', '2', '0'), ['hallux valgus', 'bunion', 'bunions']);

// ---------------------------------------------------------------- other peripheral nerve
LIMB = null;
dx('peripheral-neuropathy', 'polyneuropathy, unspecified', 'G62.9', ['peripheral neuropathy', 'polyneuropathy', 'peripheral polyneuropathy', 'sensory neuropathy', 'neuropathy']);
dx('thoracic-outlet', 'thoracic outlet syndrome', 'G54.0', ['thoracic outlet syndrome', 'tos', 'brachial plexus lesion', 'brachial plexus disorder', 'brachial plexopathy', 'brachial plexus injury']);
dx('lumbosacral-plexopathy', 'lumbosacral plexus disorders', 'G54.1', ['lumbosacral plexopathy', 'lumbosacral plexus lesion', 'lumbar plexopathy']);
dx('intercostal-neuralgia', 'intercostal neuropathy', 'G58.0', ['intercostal neuralgia', 'intercostal neuropathy', 'intercostal neuritis']);
dx('mononeuropathy', 'mononeuropathy, unspecified', 'G58.9', ['mononeuropathy', 'entrapment neuropathy', 'nerve entrapment']);
sided('suprascapular-neuropathy', 'suprascapular neuropathy', rlu('G56.8', '1', '2', '0', '3'), ['suprascapular neuropathy', 'suprascapular nerve entrapment', 'long thoracic nerve palsy', 'other specified mononeuropathies of upper limb']);
dx('trigeminal-neuralgia', 'trigeminal neuralgia', 'G50.0', ['trigeminal neuralgia', 'tic douloureux']);
dx('bell-palsy', "Bell's palsy", 'G51.0', ["bell's palsy", 'bell palsy', 'facial nerve palsy', 'facial palsy']);

// ---------------------------------------------------------------- head, concussion, senses
dx('posttraumatic-headache', 'post-traumatic headache', 'G44.309', ['post-traumatic headache', 'post-traumatic headaches', 'posttraumatic headache', 'posttraumatic headaches', 'post traumatic headache', 'post-traumatic occipital headache', 'post-traumatic occipital headaches', 'posttraumatic occipital headaches', 'post-traumatic cephalgia', 'headache post trauma', 'post-concussive headache', 'post-concussion headache', 'postconcussive headache', 'post-traumatic headache unspecified', 'chronic post-traumatic headache']);
dx('headache', 'headache, unspecified', 'R51.9', ['headache', 'headaches', 'cephalgia', 'cephalalgia', 'occipital headache', 'occipital headaches', 'chronic headache', 'chronic headaches', 'daily headaches'], { otherCodes: ['R51'] });
dx('tension-headache', 'tension-type headache, unspecified, not intractable', 'G44.209', ['tension headache', 'tension headaches', 'tension-type headache', 'tension type headache', 'muscle tension headache', 'muscle contraction headache']);
dx('cervicogenic-headache', 'cervicogenic headache', 'G44.86', ['cervicogenic headache', 'cervicogenic headaches', 'cervical headache', 'cervical headaches', 'cervicogenic cephalgia']);
dx('migraine', 'migraine, unspecified, not intractable, without status migrainosus', 'G43.909', ['migraine', 'migraines', 'migraine headache', 'migraine headaches', 'migraine without aura', 'migraine with aura']);
dx('concussion', 'concussion', 'S06.0X9A', ['concussion', 'cerebral concussion', 'concussion unspecified', 'mild traumatic brain injury', 'mtbi', 'mild tbi']);
dx('concussion-no-loc', 'concussion without loss of consciousness', 'S06.0X0A', ['concussion without loss of consciousness', 'concussion without loc']);
dx('concussion-loc', 'concussion with loss of consciousness', 'S06.0X1A', ['concussion with loss of consciousness', 'concussion with loc', 'concussion with brief loss of consciousness']);
dx('postconcussion-syndrome', 'postconcussional syndrome', 'F07.81', ['post-concussion syndrome', 'postconcussion syndrome', 'post-concussive syndrome', 'postconcussive syndrome', 'post concussion syndrome', 'post-concussional syndrome', 'pcs']);
dx('tbi', 'traumatic brain injury', 'S06.9X9A', ['traumatic brain injury', 'tbi', 'intracranial injury', 'brain injury']);
dx('head-injury', 'injury of head', 'S09.90XA', ['head injury', 'closed head injury', 'head trauma', 'injury of head', 'chi']);
dx('head-contusion', 'contusion of head', 'S00.93XA', ['head contusion', 'scalp contusion', 'contusion of head', 'contusion of scalp']);
dx('face-contusion', 'contusion of face', 'S00.83XA', ['facial contusion', 'contusion of face']);
dx('dizziness', 'dizziness and giddiness', 'R42', ['dizziness', 'vertigo', 'lightheadedness', 'giddiness', 'dizzy spells']);
dx('bppv', 'benign paroxysmal vertigo', 'H81.10', ['bppv', 'benign paroxysmal positional vertigo', 'benign positional vertigo']);
sided('tinnitus', 'tinnitus', rlu('H93.1', '1', '2', '9', '3'), ['tinnitus', 'ringing in the ears']);
dx('hearing-loss', 'hearing loss, unspecified', 'H91.90', ['hearing loss', 'decreased hearing', 'hearing impairment']);
dx('noise-hearing-loss', 'noise-induced hearing loss', 'H83.3X9', ['noise-induced hearing loss', 'noise induced hearing loss', 'occupational hearing loss'], { codesBySide: { right: 'H83.3X1', left: 'H83.3X2', bilateral: 'H83.3X3', unspecified: 'H83.3X9' } });
dx('memory-loss', 'other amnesia', 'R41.3', ['memory loss', 'memory impairment', 'amnesia', 'memory problems']);
dx('cognitive-deficit', 'other symptoms and signs involving cognitive functions', 'R41.89', ['cognitive deficits', 'cognitive impairment', 'cognitive dysfunction', 'cognitive complaints']);
dx('blurred-vision', 'other visual disturbances', 'H53.8', ['blurred vision', 'blurry vision']);
dx('visual-disturbance', 'visual disturbance, unspecified', 'H53.9', ['visual disturbance', 'visual disturbances', 'vision problems']);

// ---------------------------------------------------------------- psychiatric and sleep
dx('mdd-single', 'major depressive disorder, single episode', 'F32.9', ['major depressive disorder', 'mdd', 'major depression', 'major depressive disorder single episode', 'major depressive disorder single episode unspecified', 'major depressive episode', 'clinical depression']);
dx('mdd-single-mild', 'major depressive disorder, single episode, mild', 'F32.0', ['major depressive disorder single episode mild', 'major depressive disorder mild', 'mild major depression']);
dx('mdd-single-moderate', 'major depressive disorder, single episode, moderate', 'F32.1', ['major depressive disorder single episode moderate', 'major depressive disorder moderate', 'moderate major depression']);
dx('mdd-single-severe', 'major depressive disorder, single episode, severe without psychotic features', 'F32.2', ['major depressive disorder single episode severe', 'major depressive disorder severe', 'severe major depression', 'major depressive disorder severe without psychotic features']);
dx('mdd-recurrent', 'major depressive disorder, recurrent', 'F33.9', ['major depressive disorder recurrent', 'recurrent major depressive disorder', 'recurrent major depression', 'major depressive disorder recurrent unspecified']);
dx('mdd-recurrent-moderate', 'major depressive disorder, recurrent, moderate', 'F33.1', ['major depressive disorder recurrent moderate', 'recurrent major depressive disorder moderate']);
dx('mdd-recurrent-severe', 'major depressive disorder, recurrent severe without psychotic features', 'F33.2', ['major depressive disorder recurrent severe', 'recurrent major depressive disorder severe']);
dx('depression', 'depression', 'F32.A', ['depressive disorder not elsewhere classified', 'depressive disorder nec', 'depression', 'depressive disorder', 'depressive disorder nos', 'depression unspecified', 'depressive symptoms', 'depressed mood', 'reactive depression', 'situational depression', 'depression secondary to chronic pain', 'depressive disorder secondary to chronic pain', 'depressive disorder due to chronic pain', 'depression due to chronic pain', 'pain related depression', 'depressive disorder not otherwise specified']);
dx('persistent-depressive', 'dysthymic disorder', 'F34.1', ['dysthymia', 'dysthymic disorder', 'persistent depressive disorder']);
dx('adjustment-mixed', 'adjustment disorder with mixed anxiety and depressed mood', 'F43.23', ['adjustment disorder with mixed anxiety and depressed mood', 'adjustment disorder with anxiety and depressed mood', 'adjustment disorder with mixed anxiety and depression']);
dx('adjustment-depressed', 'adjustment disorder with depressed mood', 'F43.21', ['adjustment disorder with depressed mood', 'adjustment disorder with depression']);
dx('adjustment-anxiety', 'adjustment disorder with anxiety', 'F43.22', ['adjustment disorder with anxiety']);
dx('adjustment', 'adjustment disorder, unspecified', 'F43.20', ['adjustment disorder', 'adjustment reaction']);
dx('anxiety', 'anxiety disorder, unspecified', 'F41.9', ['anxiety', 'anxiety disorder', 'anxiety state', 'anxiety nos', 'anxiety disorder nos', 'anxiety symptoms']);
dx('gad', 'generalized anxiety disorder', 'F41.1', ['gad', 'generalized anxiety', 'generalized anxiety disorder']);
dx('panic', 'panic disorder', 'F41.0', ['panic disorder', 'panic attacks', 'panic attack']);
dx('mixed-anxiety-depression', 'other specified anxiety disorders', 'F41.8', ['mixed anxiety and depressive disorder', 'anxiety depression', 'mixed anxiety depressive disorder', 'anxiety with depression']);
dx('ptsd', 'post-traumatic stress disorder, unspecified', 'F43.10', ['ptsd', 'post-traumatic stress disorder', 'posttraumatic stress disorder', 'post traumatic stress disorder', 'post-traumatic stress', 'posttraumatic stress']);
dx('ptsd-chronic', 'post-traumatic stress disorder, chronic', 'F43.12', ['chronic ptsd', 'chronic post-traumatic stress disorder', 'post-traumatic stress disorder chronic', 'ptsd chronic']);
dx('ptsd-acute', 'post-traumatic stress disorder, acute', 'F43.11', ['acute ptsd', 'acute post-traumatic stress disorder', 'post-traumatic stress disorder acute']);
dx('acute-stress', 'acute stress reaction', 'F43.0', ['acute stress disorder', 'acute stress reaction']);
dx('insomnia', 'insomnia, unspecified', 'G47.00', ['insomnia', 'insomnia disorder', 'chronic insomnia', 'difficulty sleeping', 'sleeplessness', 'insomnia unspecified']);
dx('insomnia-medical', 'insomnia due to medical condition', 'G47.01', ['insomnia secondary to pain', 'insomnia due to pain', 'insomnia due to chronic pain', 'insomnia secondary to chronic pain', 'insomnia due to medical condition', 'insomnia related to pain', 'pain related insomnia', 'sleep disturbance secondary to pain', 'sleep disturbance due to pain', 'sleep disorder due to pain', 'sleep disruption due to pain']);
dx('primary-insomnia', 'primary insomnia', 'F51.01', ['primary insomnia', 'psychophysiological insomnia']);
dx('sleep-disorder', 'sleep disorder, unspecified', 'G47.9', ['sleep disorder', 'sleep disturbance', 'sleep disturbances', 'sleep dysfunction', 'sleep difficulties', 'sleep problems', 'disturbed sleep']);
dx('osa', 'obstructive sleep apnea', 'G47.33', ['obstructive sleep apnea', 'osa', 'sleep apnea', 'obstructive sleep apnea syndrome']);
dx('pain-disorder-psych', 'pain disorder with related psychological factors', 'F45.42', ['pain disorder with related psychological factors', 'pain disorder associated with psychological factors', 'pain disorder associated with both psychological factors and a general medical condition', 'psychogenic pain', 'pain disorder']);
dx('pain-disorder-psych-only', 'pain disorder exclusively related to psychological factors', 'F45.41', ['pain disorder exclusively related to psychological factors', 'pain disorder associated with psychological factors only']);
dx('somatic-symptom', 'somatization disorder', 'F45.1', ['somatic symptom disorder', 'undifferentiated somatoform disorder', 'somatoform disorder']);
dx('psych-factors', 'psychological and behavioral factors associated with disorders classified elsewhere', 'F54', ['psychological factors affecting medical condition', 'psychological factors affecting physical condition']);
dx('stress', 'stress, not elsewhere classified', 'Z73.3', ['psychological stress', 'work stress', 'occupational stress', 'job stress']);
dx('opioid-dependence', 'opioid dependence, uncomplicated', 'F11.20', ['opioid dependence', 'opioid use disorder', 'opioid use disorder moderate', 'opioid use disorder severe', 'opiate dependence', 'narcotic dependence', 'physiological opioid dependence']);
dx('opioid-abuse', 'opioid abuse, uncomplicated', 'F11.10', ['opioid abuse', 'opioid use disorder mild', 'opiate abuse']);
dx('long-term-opioid', 'long term (current) use of opiate analgesic', 'Z79.891', ['long term opioid use', 'long-term opioid use', 'long term use of opiate analgesic', 'chronic opioid therapy', 'chronic opioid use', 'long term (current) use of opiate analgesic']);
dx('alcohol-dependence', 'alcohol dependence, uncomplicated', 'F10.20', ['alcohol dependence', 'alcohol use disorder', 'alcoholism']);
dx('alcohol-abuse', 'alcohol abuse, uncomplicated', 'F10.10', ['alcohol abuse']);
dx('nicotine-dependence', 'nicotine dependence, cigarettes, uncomplicated', 'F17.210', ['nicotine dependence', 'tobacco dependence', 'cigarette dependence', 'nicotine dependence cigarettes']);
dx('tobacco-use', 'tobacco use', 'Z72.0', ['tobacco use', 'tobacco abuse', 'smoker', 'current smoker', 'cigarette smoker']);
dx('cannabis-use', 'cannabis use, unspecified, uncomplicated', 'F12.90', ['cannabis use', 'marijuana use']);

// ---------------------------------------------------------------- GI, medication effects
dx('gastritis', 'gastritis, unspecified, without bleeding', 'K29.70', ['gastritis', 'nsaid gastritis', 'nsaid induced gastritis', 'medication induced gastritis', 'chronic gastritis', 'gastropathy', 'nsaid gastropathy', 'nsaid induced gastropathy', 'gastritis secondary to nsaids', 'gastritis secondary to medications']);
dx('gerd', 'gastro-esophageal reflux disease without esophagitis', 'K21.9', ['gerd', 'gastroesophageal reflux disease', 'gastroesophageal reflux', 'gastro-esophageal reflux disease', 'acid reflux', 'reflux', 'reflux disease', 'heartburn', 'gerd secondary to nsaids', 'medication induced gerd', 'gastroesophageal reflux disease without esophagitis']);
dx('gerd-esophagitis', 'gastro-esophageal reflux disease with esophagitis', 'K21.00', ['gerd with esophagitis', 'reflux esophagitis', 'esophagitis']);
dx('dyspepsia', 'functional dyspepsia', 'K30', ['dyspepsia', 'indigestion', 'nsaid dyspepsia', 'nsaid associated dyspepsia', 'nsaid-associated dyspepsia', 'nsaid induced dyspepsia', 'medication induced dyspepsia', 'gastrointestinal upset', 'gi upset', 'stomach upset', 'upset stomach', 'dyspepsia secondary to nsaids', 'gastric upset']);
dx('gastric-ulcer', 'gastric ulcer', 'K25.9', ['gastric ulcer', 'stomach ulcer']);
dx('peptic-ulcer', 'peptic ulcer', 'K27.9', ['peptic ulcer', 'peptic ulcer disease', 'pud', 'ulcer disease']);
dx('duodenal-ulcer', 'duodenal ulcer', 'K26.9', ['duodenal ulcer']);
dx('gi-bleed', 'gastrointestinal hemorrhage, unspecified', 'K92.2', ['gi bleed', 'gastrointestinal bleeding', 'gastrointestinal hemorrhage', 'gi bleeding']);
dx('nausea', 'nausea', 'R11.0', ['nausea']);
dx('nausea-vomiting', 'nausea with vomiting', 'R11.2', ['nausea and vomiting', 'nausea with vomiting']);
dx('constipation', 'constipation, unspecified', 'K59.00', ['constipation', 'chronic constipation']);
dx('opioid-constipation', 'drug induced constipation', 'K59.03', ['opioid induced constipation', 'opioid-induced constipation', 'oic', 'drug induced constipation', 'medication induced constipation', 'constipation secondary to opioids', 'constipation due to opioids', 'constipation due to opioid use', 'narcotic induced constipation']);
dx('ibs', 'irritable bowel syndrome', 'K58.9', ['irritable bowel syndrome', 'ibs']);
dx('inguinal-hernia', 'unilateral inguinal hernia', 'K40.90', ['inguinal hernia', 'groin hernia'], { codesBySide: { bilateral: 'K40.20', left: 'K40.90', right: 'K40.90', unspecified: 'K40.90' } });
dx('umbilical-hernia', 'umbilical hernia', 'K42.9', ['umbilical hernia']);
dx('ventral-hernia', 'ventral hernia', 'K43.9', ['ventral hernia', 'abdominal hernia', 'incisional hernia']);
dx('hiatal-hernia', 'diaphragmatic hernia', 'K44.9', ['hiatal hernia', 'hiatus hernia']);
dx('diarrhea', 'diarrhea, unspecified', 'R19.7', ['diarrhea']);
dx('fatty-liver', 'fatty liver', 'K76.0', ['fatty liver', 'hepatic steatosis', 'nafld']);
dx('elevated-lfts', 'abnormal results of liver function studies', 'R94.5', ['elevated liver enzymes', 'elevated lfts', 'abnormal liver function tests', 'transaminitis']);
dx('drug-adverse', 'adverse effect of NSAID', 'T39.395A', ['nsaid intolerance', 'adverse effect of nsaid', 'nsaid adverse effect']);
dx('sexual-dysfunction', 'erectile dysfunction', 'N52.9', ['erectile dysfunction', 'sexual dysfunction', 'impotence']);
dx('hypogonadism', 'testicular hypofunction', 'E29.1', ['hypogonadism', 'opioid induced hypogonadism', 'low testosterone', 'testosterone deficiency', 'androgen deficiency']);

// ---------------------------------------------------------------- comorbidities
dx('hypertension', 'essential hypertension', 'I10', ['hypertension', 'htn', 'high blood pressure', 'elevated blood pressure', 'benign hypertension', 'arterial hypertension', 'systemic hypertension', 'hypertensive disease', 'essential (primary) hypertension']);
dx('hypertensive-heart', 'hypertensive heart disease without heart failure', 'I11.9', ['hypertensive heart disease']);
dx('dm2', 'type 2 diabetes mellitus without complications', 'E11.9', ['diabetes', 'diabetes mellitus', 'dm', 'type 2 diabetes', 'type ii diabetes', 'type 2 diabetes mellitus', 'type ii diabetes mellitus', 'niddm', 'dm2', 'dm ii', 't2dm', 'adult onset diabetes', 'non-insulin dependent diabetes', 'diabetes type 2', 'diabetes mellitus type 2', 'diabetes mellitus type ii', 'insulin dependent diabetes type 2']);
dx('dm2-hyperglycemia', 'type 2 diabetes mellitus with hyperglycemia', 'E11.65', ['uncontrolled diabetes', 'poorly controlled diabetes', 'uncontrolled type 2 diabetes', 'diabetes with hyperglycemia', 'type 2 diabetes with hyperglycemia']);
dx('dm2-neuropathy', 'type 2 diabetes mellitus with diabetic neuropathy', 'E11.40', ['diabetic neuropathy', 'diabetic peripheral neuropathy', 'diabetic polyneuropathy']);
dx('dm1', 'type 1 diabetes mellitus without complications', 'E10.9', ['type 1 diabetes', 'type i diabetes', 'iddm', 'juvenile diabetes', 'diabetes type 1', 'type 1 diabetes mellitus', 'dm1', 't1dm']);
dx('prediabetes', 'prediabetes', 'R73.03', ['prediabetes', 'pre-diabetes', 'impaired fasting glucose', 'impaired glucose tolerance', 'borderline diabetes']);
dx('hyperglycemia', 'hyperglycemia, unspecified', 'R73.9', ['hyperglycemia', 'elevated blood sugar']);
dx('gestational-diabetes', 'gestational diabetes mellitus', 'O24.419', ['gestational diabetes', 'gestational diabetes mellitus', 'gdm'], { historical: { concept: 'personal history of gestational diabetes', icd10: 'Z86.32' } });
dx('hyperlipidemia', 'hyperlipidemia, unspecified', 'E78.5', ['hyperlipidemia', 'dyslipidemia', 'high cholesterol', 'elevated cholesterol', 'hld', 'lipid disorder']);
dx('hypercholesterolemia', 'pure hypercholesterolemia', 'E78.00', ['hypercholesterolemia', 'pure hypercholesterolemia']);
dx('hypertriglyceridemia', 'pure hyperglyceridemia', 'E78.1', ['hypertriglyceridemia', 'elevated triglycerides']);
dx('obesity', 'obesity, unspecified', 'E66.9', ['obesity', 'obese', 'exogenous obesity']);
dx('morbid-obesity', 'morbid (severe) obesity due to excess calories', 'E66.01', ['morbid obesity', 'severe obesity', 'class iii obesity', 'class 3 obesity']);
dx('overweight', 'overweight', 'E66.3', ['overweight']);
dx('hypothyroidism', 'hypothyroidism, unspecified', 'E03.9', ['hypothyroidism', 'hypothyroid', 'underactive thyroid']);
dx('hyperthyroidism', 'thyrotoxicosis, unspecified', 'E05.90', ['hyperthyroidism', 'hyperthyroid', 'overactive thyroid', 'thyrotoxicosis']);
dx('asthma', 'unspecified asthma, uncomplicated', 'J45.909', ['asthma', 'bronchial asthma', 'reactive airway disease']);
dx('copd', 'chronic obstructive pulmonary disease, unspecified', 'J44.9', ['copd', 'chronic obstructive pulmonary disease', 'emphysema', 'chronic bronchitis']);
dx('cad', 'atherosclerotic heart disease of native coronary artery without angina pectoris', 'I25.10', ['coronary artery disease', 'cad', 'atherosclerotic heart disease', 'ischemic heart disease']);
dx('afib', 'unspecified atrial fibrillation', 'I48.91', ['atrial fibrillation', 'afib', 'a-fib', 'a fib']);
dx('chf', 'heart failure, unspecified', 'I50.9', ['congestive heart failure', 'chf', 'heart failure']);
dx('hx-mi', 'old myocardial infarction', 'I25.2', ['old myocardial infarction', 'prior myocardial infarction', 'history of myocardial infarction']);
dx('dvt', 'deep vein thrombosis of lower extremity', 'I82.409', ['deep vein thrombosis', 'dvt', 'deep venous thrombosis']);
dx('ckd', 'chronic kidney disease, unspecified', 'N18.9', ['chronic kidney disease', 'ckd', 'chronic renal insufficiency', 'renal insufficiency', 'chronic renal disease']);
dx('kidney-stone', 'calculus of kidney', 'N20.0', ['kidney stone', 'kidney stones', 'nephrolithiasis', 'renal calculus']);
dx('rheumatoid-arthritis', 'rheumatoid arthritis, unspecified', 'M06.9', ['rheumatoid arthritis', 'ra']);
dx('gout', 'gout, unspecified', 'M10.9', ['gout', 'gouty arthritis']);
dx('osteoporosis', 'age-related osteoporosis without current pathological fracture', 'M81.0', ['osteoporosis', 'postmenopausal osteoporosis', 'senile osteoporosis']);
dx('osteopenia', 'osteopenia', 'M85.80', ['osteopenia', 'low bone density']);
dx('anemia', 'anemia, unspecified', 'D64.9', ['anemia', 'anaemia']);
dx('hepatitis-c', 'chronic viral hepatitis C', 'B18.2', ['hepatitis c', 'hcv', 'chronic hepatitis c']);
dx('hiv', 'human immunodeficiency virus [HIV] disease', 'B20', ['hiv', 'hiv disease', 'aids']);
dx('vitamin-d-deficiency', 'vitamin D deficiency, unspecified', 'E55.9', ['vitamin d deficiency', 'low vitamin d', 'hypovitaminosis d']);
dx('lupus', 'systemic lupus erythematosus, unspecified', 'M32.9', ['lupus', 'systemic lupus erythematosus', 'sle']);
dx('psoriasis', 'psoriasis, unspecified', 'L40.9', ['psoriasis']);
dx('psoriatic-arthritis', 'psoriatic arthritis', 'L40.50', ['psoriatic arthritis', 'psoriatic arthropathy']);
dx('ankylosing-spondylitis', 'ankylosing spondylitis of unspecified sites in spine', 'M45.9', ['ankylosing spondylitis']);
dx('dish', 'ankylosing hyperostosis [Forestier]', 'M48.10', ['diffuse idiopathic skeletal hyperostosis', 'dish']);
dx('contact-dermatitis', 'unspecified contact dermatitis, unspecified cause', 'L25.9', ['contact dermatitis', 'occupational dermatitis', 'dermatitis']);
dx('allergic-rhinitis', 'allergic rhinitis, unspecified', 'J30.9', ['allergic rhinitis', 'seasonal allergies']);
dx('seizure-disorder', 'epilepsy, unspecified', 'G40.909', ['seizure disorder', 'epilepsy']);
dx('stroke-history', 'personal history of transient ischemic attack and cerebral infarction', 'Z86.73', ['history of stroke', 'history of cva', 'prior stroke', 'history of tia']);
dx('bph', 'benign prostatic hyperplasia without lower urinary tract symptoms', 'N40.0', ['benign prostatic hyperplasia', 'bph', 'enlarged prostate']);
dx('cancer-history', 'personal history of other malignant neoplasm', 'Z85.89', ['history of cancer', 'personal history of cancer']);
dx('breast-cancer-history', 'personal history of malignant neoplasm of breast', 'Z85.3', ['history of breast cancer']);
dx('healed-fracture-history', 'personal history of healed traumatic fracture', 'Z87.81', ['history of fracture', 'healed fracture', 'old fracture', 'remote fracture', 'personal history of healed traumatic fracture', 'history of healed fracture']);
dx('gestational-diabetes-history', 'personal history of gestational diabetes', 'Z86.32', ['history of gestational diabetes', 'personal history of gestational diabetes']);

// ---------------------------------------------------------------- other work injuries
dx('multiple-contusions', 'multiple contusions', 'T07.XXXA', ['multiple contusions', 'multiple injuries', 'multiple trauma', 'polytrauma']);
dx('crush-injury', 'crushing injury, unspecified', 'T14.8XXA', ['crush injury', 'crushing injury']);
dx('electrical-injury', 'effects of electric current', 'T75.4XXA', ['electrical injury', 'electric shock', 'electrocution injury']);
dx('heat-exhaustion', 'heat exhaustion, unspecified', 'T67.5XXA', ['heat exhaustion', 'heat illness', 'heat stroke']);
dx('toxic-inhalation', 'toxic effect of unspecified gases, fumes and vapors', 'T59.91XA', ['toxic inhalation', 'chemical inhalation', 'smoke inhalation', 'fume exposure']);
dx('repetitive-strain', 'strain of multiple muscles of upper limb', 'S46.819A', ['repetitive strain injury', 'repetitive stress injury', 'rsi', 'overuse syndrome', 'cumulative trauma disorder', 'upper extremity overuse syndrome', 'bilateral upper extremity overuse syndrome']);
sided('upper-extremity-strain', 'strain of upper limb', { r: 'S46.911A', l: 'S46.912A', u: 'S46.919A' }, ['upper extremity strain', 'arm strain', 'upper limb strain', 'upper extremity sprain/strain']);
sided('lower-extremity-strain', 'strain of lower limb', { r: 'S86.911A', l: 'S86.912A', u: 'S86.919A' }, ['lower extremity strain', 'leg strain', 'lower limb strain']);
dx('lymphedema', 'lymphedema, not elsewhere classified', 'I89.0', ['lymphedema']);
dx('edema', 'localized edema', 'R60.0', ['edema', 'swelling of extremity', 'localized edema']);
dx('deconditioning', 'other malaise', 'R53.81', ['deconditioning', 'physical deconditioning', 'debility', 'generalized deconditioning']);
dx('fatigue', 'other fatigue', 'R53.83', ['fatigue', 'chronic fatigue']);
dx('carpal-tunnel-release-status', 'status post carpal tunnel release', 'Z98.890', ['carpal tunnel release', 'ctr', 'carpal tunnel decompression', 'open carpal tunnel release', 'endoscopic carpal tunnel release'], { kind: 'status_post' });

// ---------------------------------------------------------------- status post (surgical history named after s/p)
statusPost('sp-lumbar-surgery', 'status post lumbar surgery', 'Z98.890', ['microdiscectomy', 'discectomy', 'laminectomy', 'laminotomy', 'hemilaminectomy', 'lumbar decompression', 'lumbar surgery', 'back surgery', 'lumbar microdiscectomy', 'lumbar discectomy', 'lumbar laminectomy', 'foraminotomy', 'microdecompression', 'spinal surgery']);
statusPost('sp-spinal-fusion', 'status post spinal fusion', 'Z98.1', ['fusion', 'spinal fusion', 'lumbar fusion', 'cervical fusion', 'arthrodesis', 'alif', 'tlif', 'plif', 'xlif', 'acdf', 'anterior cervical discectomy and fusion', 'anterior cervical discectomy fusion', 'posterior lumbar interbody fusion', 'transforaminal lumbar interbody fusion', 'anterior lumbar interbody fusion', 'posterior spinal fusion', 'interbody fusion', 'lumbar arthrodesis', 'cervical arthrodesis']);
statusPost('sp-disc-replacement', 'status post artificial disc replacement', 'Z98.890', ['artificial disc replacement', 'cervical disc arthroplasty', 'disc arthroplasty', 'total disc replacement']);
statusPost('sp-shoulder-arthroscopy', 'status post shoulder arthroscopy', 'Z98.890', ['shoulder arthroscopy', 'arthroscopy of shoulder', 'subacromial decompression', 'arthroscopic subacromial decompression', 'shoulder arthroscopic subacromial decompression', 'rotator cuff repair', 'shoulder surgery', 'distal clavicle excision', 'distal clavicle resection', 'mumford procedure', 'labral repair', 'slap repair', 'biceps tenodesis', 'acromioplasty', 'shoulder debridement', 'capsular release', 'manipulation under anesthesia']);
statusPost('sp-knee-arthroscopy', 'status post knee arthroscopy', 'Z98.890', ['knee arthroscopy', 'arthroscopy of knee', 'meniscectomy', 'partial meniscectomy', 'partial medial meniscectomy', 'partial lateral meniscectomy', 'arthroscopy partial medial meniscectomy', 'arthroscopy partial meniscectomy', 'knee arthroscopy partial medial meniscectomy', 'meniscus repair', 'meniscal repair', 'acl reconstruction', 'anterior cruciate ligament reconstruction', 'knee surgery', 'chondroplasty', 'knee debridement', 'lateral release']);
statusPost('sp-tka', 'presence of artificial knee joint', 'Z96.659', ['total knee arthroplasty', 'total knee replacement', 'tka', 'tkr', 'knee replacement', 'knee arthroplasty', 'unicompartmental knee arthroplasty', 'partial knee replacement'], { codesBySide: { right: 'Z96.651', left: 'Z96.652', bilateral: 'Z96.653', unspecified: 'Z96.659' } });
statusPost('sp-tha', 'presence of artificial hip joint', 'Z96.649', ['total hip arthroplasty', 'total hip replacement', 'tha', 'thr', 'hip replacement', 'hip arthroplasty', 'hemiarthroplasty of hip'], { codesBySide: { right: 'Z96.641', left: 'Z96.642', bilateral: 'Z96.643', unspecified: 'Z96.649' } });
statusPost('sp-shoulder-arthroplasty', 'presence of artificial shoulder joint', 'Z96.619', ['total shoulder arthroplasty', 'total shoulder replacement', 'reverse total shoulder arthroplasty', 'shoulder replacement', 'shoulder arthroplasty', 'tsa', 'rtsa'], { codesBySide: { right: 'Z96.611', left: 'Z96.612', bilateral: 'Z96.619', unspecified: 'Z96.619' } });
statusPost('sp-hand-surgery', 'status post hand surgery', 'Z98.890', ['trigger finger release', 'de quervain release', 'first dorsal compartment release', 'cubital tunnel release', 'ulnar nerve transposition', 'ulnar nerve decompression', 'hand surgery', 'wrist surgery', 'wrist arthroscopy', 'tfcc repair', 'tfcc debridement', 'ganglion excision', 'cmc arthroplasty', 'elbow surgery', 'lateral epicondyle release', 'tennis elbow release']);
statusPost('sp-orif', 'status post open reduction and internal fixation', 'Z98.890', ['orif', 'open reduction internal fixation', 'open reduction and internal fixation', 'fracture fixation', 'internal fixation']);
statusPost('sp-foot-surgery', 'status post foot or ankle surgery', 'Z98.890', ['ankle surgery', 'foot surgery', 'ankle arthroscopy', 'plantar fascia release', 'achilles tendon repair', 'bunionectomy', 'ankle ligament reconstruction', 'brostrom procedure']);
statusPost('sp-hip-arthroscopy', 'status post hip arthroscopy', 'Z98.890', ['hip arthroscopy', 'hip labral repair', 'hip surgery']);
statusPost('sp-hernia-repair', 'status post hernia repair', 'Z98.890', ['hernia repair', 'inguinal hernia repair', 'herniorrhaphy', 'hernioplasty']);
statusPost('sp-scs', 'presence of neurostimulator', 'Z96.89', ['spinal cord stimulator implantation', 'spinal cord stimulator implant', 'spinal cord stimulator', 'scs implantation', 'scs implant', 'neurostimulator implantation']);
statusPost('sp-pain-pump', 'presence of intrathecal pump', 'Z97.8', ['intrathecal pump implantation', 'intrathecal pump', 'pain pump implantation']);
statusPost('sp-amputation-finger', 'acquired absence of finger', 'Z89.029', ['finger amputation', 'amputation of finger', 'digit amputation']);
statusPost('sp-surgery', 'other specified postprocedural states', 'Z98.890', ['surgery', 'operation', 'arthroscopy', 'arthroscopic surgery', 'repair', 'reconstruction', 'decompression', 'debridement', 'release']);

const lexicon = {
  description:
    "Workers' compensation diagnoses: canonical concept, canonical ICD-10-CM code (billable where one exists), written variants, " +
    'codes by side and by spinal level, and the settings the diagnosis extractor reads. Synonyms are matched on normalized word tokens ' +
    '(spelling variants and filler words below), in any word order; entries of kind status_post match only after a status-post cue. ' +
    'Where ICD-10-CM has no bilateral code, the right-side code stands for bilateral. Generated by scripts/build-diagnoses-lexicon.mjs.',
  tokenVariants: [
    { id: 'disk', from: 'disk', to: 'disc', reason: 'US and UK spellings of intervertebral disc' },
    { id: 'disks', from: 'disks', to: 'disc', reason: 'plural' },
    { id: 'discs', from: 'discs', to: 'disc', reason: 'plural' },
    { id: 'disc-plural-bulges', from: 'bulges', to: 'bulge', reason: 'plural' },
    { id: 'protrusions', from: 'protrusions', to: 'protrusion', reason: 'plural' },
    { id: 'herniations', from: 'herniations', to: 'herniation', reason: 'plural' },
    { id: 'tears', from: 'tears', to: 'tear', reason: 'plural' },
    { id: 'headaches', from: 'headaches', to: 'headache', reason: 'plural' },
    { id: 'spasms', from: 'spasms', to: 'spasm', reason: 'plural' },
    { id: 'strains', from: 'strains', to: 'strain', reason: 'plural' },
    { id: 'sprains', from: 'sprains', to: 'sprain', reason: 'plural' },
    { id: 'fractures', from: 'fractures', to: 'fracture', reason: 'plural' },
    { id: 'contusions', from: 'contusions', to: 'contusion', reason: 'plural' },
    { id: 'radiculopathies', from: 'radiculopathies', to: 'radiculopathy', reason: 'plural' },
    { id: 'tendonitis', from: 'tendonitis', to: 'tendinitis', reason: 'spelling variant' },
    { id: 'tendinosis', from: 'tendonosis', to: 'tendinosis', reason: 'spelling variant' },
    { id: 'arthroscopic', from: 'arthroscopic', to: 'arthroscopy', reason: 'adjective and noun name the same procedure' },
    { id: 'meniscal', from: 'meniscal', to: 'meniscus', reason: 'adjective and noun' },
    { id: 'menisectomy', from: 'menisectomy', to: 'meniscectomy', reason: 'common misspelling' },
    { id: 'shoulders', from: 'shoulders', to: 'shoulder', reason: 'plural (bilateral mentions)' },
    { id: 'knees', from: 'knees', to: 'knee', reason: 'plural (bilateral mentions)' },
    { id: 'wrists', from: 'wrists', to: 'wrist', reason: 'plural (bilateral mentions)' },
    { id: 'hands', from: 'hands', to: 'hand', reason: 'plural (bilateral mentions)' },
    { id: 'hips', from: 'hips', to: 'hip', reason: 'plural (bilateral mentions)' },
    { id: 'ankles', from: 'ankles', to: 'ankle', reason: 'plural (bilateral mentions)' },
    { id: 'feet', from: 'feet', to: 'foot', reason: 'plural (bilateral mentions)' },
    { id: 'elbows', from: 'elbows', to: 'elbow', reason: 'plural (bilateral mentions)' },
    { id: 'extremities', from: 'extremities', to: 'extremity', reason: 'plural (bilateral mentions)' },
    { id: 'lt', from: 'lt', to: 'left', reason: 'abbreviation' },
    { id: 'rt', from: 'rt', to: 'right', reason: 'abbreviation' },
    { id: 'bilat', from: 'bilat', to: 'bilateral', reason: 'abbreviation' },
    { id: 'b-l', from: 'b/l', to: 'bilateral', reason: 'abbreviation' },
    { id: 'l-s', from: 'l/s', to: 'lumbar', reason: '"L/S strain": lumbar spine' },
    { id: 'c-s', from: 'c/s', to: 'cervical', reason: '"C/S strain": cervical spine' },
    { id: 't-s', from: 't/s', to: 'thoracic', reason: '"T/S strain": thoracic spine' },
    { id: 'ls', from: 'ls', to: 'lumbosacral', reason: '"LS strain"' },
    { id: 'sprain-strain', from: 'sprain/strain', to: 'sprain/strain', reason: 'kept as one token: "sprain/strain" names one diagnosis' },
    { id: 'strain-sprain', from: 'strain/sprain', to: 'sprain/strain', reason: 'same diagnosis written the other way round' },
    { id: 'sprains-strains', from: 'sprains/strains', to: 'sprain/strain', reason: 'plural' },
  ],
  fillerWords: ['of', 'the', 'a', 'an', 'in', 'at', 'on', 'to', 'spine', 'region', 'level', 'levels', 'paracentral', 'foraminal', 'extraforaminal', 'subarticular', 'broad', 'based', 'focal', 'small', 'large', 'central', 'centrally', 'subligamentous'],
  sides: {
    left: ['left', 'l', 'lt'],
    right: ['right', 'r', 'rt'],
    bilateral: ['bilateral', 'bilat', 'both', 'b/l', 'bilaterally'],
  },
  levelRegions: [
    { id: 'cervical', prefix: 'C', region: 'cervical', reason: 'C1-C7 vertebrae and C1-C8 roots' },
    { id: 'thoracic', prefix: 'T', region: 'thoracic', reason: 'T1-T12' },
    { id: 'lumbar', prefix: 'L', region: 'lumbar', reason: 'L1-L5' },
    { id: 'sacral', prefix: 'S', region: 'lumbar', reason: 'S1 roots and the L5-S1 disc take the lumbar entries, whose level codes give the lumbosacral code' },
  ],
  listCues: [
    { id: 'diagnoses-label', pattern: '(?:diagnos[ie]s|\\bdx)(?:\\(es\\))?(?:\\s+(?:listed|per|on|from|in)\\b[^:.\\n]{0,40})?\\s*:', scope: 'sentence', mode: 'list', reason: '"Diagnoses:", "Diagnoses per the RFA:", "Dx:" open a diagnosis list' },
    { id: 'diagnoses-verb', pattern: '(?:diagnos[ie]s|\\bdx)\\s+(?:include[sd]?|including|are|were|was|is|of|consist of|remain|listed as)\\b:?', scope: 'sentence', mode: 'list', reason: '"diagnoses include", "the diagnoses are", "her diagnosis is"' },
    { id: 'diagnosed-with', pattern: 'diagnosed(?:\\s+(?:him|her|them|the patient))?(?:\\s+(?:with|as having|as))?\\b(?!\\s+(?:by|on|in|at|after|before|when|during)\\b)', scope: 'sentence', mode: 'list', reason: '"was diagnosed with" states a diagnosis' },
    { id: 'impression-label', pattern: 'impressions?\\s*:', scope: 'sentence', mode: 'list', notInSections: ['imaging'], reason: 'an inline impression list (a radiology report\'s impression lists imaging findings, not diagnoses)' },
    { id: 'assessment-label', pattern: 'assessments?\\s*:', scope: 'sentence', mode: 'list', reason: 'an inline assessment list' },
    { id: 'diagnoses-heading-line', pattern: '(?:^|\\n)[ \\t]*(?:[A-Za-z-]+[ \\t]+){0,2}(?:DIAGNOS[IE]S|Diagnos[ie]s|IMPRESSIONS?|Impressions?)[ \\t]*(?=\\r?\\n)', scope: 'block', mode: 'list', notInSections: ['imaging'], reason: 'a heading line such as "PREOPERATIVE DIAGNOSES" opens a list that runs to the blank line' },
    { id: 'soap-a', pattern: '(?:^|\\n)[ \\t]*A[ \\t]*:', scope: 'block', mode: 'narrative', reason: 'the A: (assessment) paragraph of a SOAP note; its mentions count when coded or cued' },
  ],
  narrativeCues: [
    { id: 'history-of', pattern: '\\b(?:history|hx|h/o)\\s+(?:of|significant for|positive for|notable for)\\b|\\bh/o\\b', reason: 'a stated past diagnosis' },
    { id: 'no-evidence-of', pattern: '\\bno (?:\\w+ )?(?:evidence|signs?)\\s+(?:of|for)\\b', reason: 'a diagnosis ruled out (recorded as negated)' },
    { id: 'rule-out', pattern: '\\b(?:rule out|r/o)\\b', reason: 'a differential diagnosis (possible)' },
    { id: 'prior-resolved', pattern: '\\b(?:prior|previous|remote|old|earlier)\\b', confirmAfter: '\\b(?:resolved|healed|cleared|recovered|subsided)\\b', reason: '"a prior wrist fracture ... that healed": a past diagnosis named as such' },
  ],
  statusPostCues: ['s/p', 'status post', 'status-post', 'status/post', 'history of', 'hx of', 'h/o', 'post-op', 'postop'],
  pastHistoryHeaders: ['past medical history', 'pmh', 'medical history', 'past history', 'comorbidities', 'co-morbidities', 'medical problems', 'problem list', 'active problems'],
  listSections: ['diagnoses'],
  mixedSections: ['assessment'],
  excludedSections: ['decision', 'rationale', 'reviewer_qualifications', 'documents_reviewed', 'plan', 'treatment_plan', 'work_status', 'medications', 'determination_process'],
  cueExcludedSections: ['decision', 'rationale', 'reviewer_qualifications', 'documents_reviewed', 'determination_process'],
  backReferences: ['same', 'as above', 'unchanged', 'ditto'],
  resolvedAfter: { id: 'resolved-after', pattern: '\\b(?:resolved|healed|cleared|settled|subsided|recovered)\\b', maxGap: 60, reason: '"a right wrist contusion from the same fall settled within a month": a past diagnosis' },
  qualifierCues: ['with', 'without', 'w/o', 'secondary to', 'due to', 'associated with', 'corresponding to', 'consistent with', 'from', 'related to', 'caused by', 'resulting from', 'contributing to', 'involving'],
  itemCues: [
    { id: 'item-rule-out', pattern: '\\b(?:rule out|r/o|possible|probable|suspected|suspect|questionable|presumed|versus|vs|differential|to (?:confirm|evaluate|exclude|assess|determine|establish|differentiate))\\b', assertion: 'possible', direction: 'before', reason: 'a differential in a diagnosis list' },
    { id: 'item-history', pattern: '\\b(?:history of|hx of|h/o|prior|remote|old)\\b', assertion: 'historical', direction: 'before', reason: 'a past diagnosis in a list' },
    { id: 'item-resolved', pattern: '\\b(?:resolved|healed|in remission)\\b', assertion: 'historical', direction: 'after', reason: '"Cervical strain - resolved"' },
    { id: 'item-negated', pattern: '\\b(?:no|without|negative for|denies|no evidence of|not)\\s*$', assertion: 'negated', direction: 'before', reason: '"no lumbar radiculopathy" as a list clause' },
  ],
  abbreviations: ['vs', 'dr', 'mr', 'mrs', 'ms', 'st', 'approx', 'etc', 'e.g', 'i.e', 'v'],
  fuzzy: { threshold: 0.93, minChars: 5, maxLengthDiff: 2, digitLetters: { 0: 'o', 1: 'l', 5: 's', 8: 'b' } },
  entries,
};

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicons', 'diagnoses.json');
writeFileSync(out, JSON.stringify(lexicon, null, 1) + '\n');
console.log(`wrote ${entries.length} entries to ${out}`);
