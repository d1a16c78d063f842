/** The structural checker catches each rule it claims to check: a broken copy of a good bundle per row. */
import { describe, expect, it } from 'vitest';
import { checkFhirBundle } from '../../src/export/check-fhir-bundle.js';
import { loadLexicons } from '../../src/lexicons/load-lexicons.js';
import { toFhirBundle } from '../../src/export/to-fhir-bundle.js';
import { minimalFacts } from './minimal-facts.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- mutating test copies
const fresh = (): Json => structuredClone(toFhirBundle(minimalFacts(), loadLexicons())) as Json;
const resource = (b: Json, type: string): Json => b['entry'].find((e: Json) => e['resource'].resourceType === type).resource;

describe('checkFhirBundle', () => {
  it('passes the unbroken bundle', () => {
    expect(checkFhirBundle(fresh())).toEqual([]);
  });

  it.each<[string, (b: Json) => void, RegExp]>([
    ['not a Bundle', (b) => { b['resourceType'] = 'Patient'; }, /resourceType is not Bundle/],
    ['not a collection', (b) => { b['type'] = 'transaction'; }, /type is not collection/],
    ['unknown resourceType', (b) => { resource(b, 'Procedure')['resourceType'] = 'Procedur'; }, /is not one the export writes/],
    ['duplicate fullUrl', (b) => { b['entry'][3].fullUrl = b['entry'][2].fullUrl; }, /is not unique/],
    ['fullUrl disagreeing with id', (b) => { b['entry'][2].resource.id = 'other-id'; }, /fullUrl disagrees with id/],
    ['Condition without subject', (b) => { delete resource(b, 'Condition')['subject']; }, /Condition\.subject is required/],
    ['Observation without status', (b) => { delete resource(b, 'Observation')['status']; }, /Observation\.status is required/],
    ['Observation without code', (b) => { delete resource(b, 'Observation')['code']; }, /Observation\.code is required/],
    ['Observation status not R4', (b) => { resource(b, 'Observation')['status'] = 'done'; }, /is not an R4 code/],
    ['Observation with two values', (b) => { resource(b, 'Observation')['valueString'] = '70'; }, /2 value\[x\]/],
    ['Procedure without status', (b) => { delete resource(b, 'Procedure')['status']; }, /Procedure\.status is required/],
    ['ServiceRequest without intent', (b) => { delete resource(b, 'ServiceRequest')['intent']; }, /ServiceRequest\.intent is required/],
    ['ServiceRequest intent not R4', (b) => { resource(b, 'ServiceRequest')['intent'] = 'wish'; }, /is not an R4 code/],
    ['DocumentReference without attachment', (b) => { resource(b, 'DocumentReference')['content'] = [{}]; }, /attachment is required/],
    ['dangling reference', (b) => { resource(b, 'Condition')['subject'] = { reference: 'urn:uuid:00000000-0000-8000-8000-000000000000' }; }, /does not resolve/],
    ['subject not the Patient', (b) => { resource(b, 'Procedure')['subject'] = { reference: b['entry'][1].fullUrl }; }, /subject is not the bundle's Patient/],
    ['coding without system', (b) => { delete resource(b, 'Condition')['code'].coding[0].system; }, /coding without system and code/],
    ['Patient with a name', (b) => { resource(b, 'Patient')['name'] = [{ family: 'Doe' }]; }, /Patient\.name must not be exported/],
    ['Patient with an identifier', (b) => { resource(b, 'Patient')['identifier'] = [{ value: '1' }]; }, /Patient\.identifier must not be exported/],
    ['Condition verification not R4', (b) => { resource(b, 'Condition')['verificationStatus'].coding[0].code = 'maybe'; }, /verificationStatus "maybe"/],
    ['empty string element', (b) => { resource(b, 'ServiceRequest')['note'][0].text = ''; }, /empty element/],
    ['extension with value and children', (b) => { resource(b, 'Condition')['extension'][1].valueString = 'x'; }, /exactly one value\[x\]/],
    ['bad dateTime', (b) => { resource(b, 'Procedure')['performedDateTime'] = '03/19/2014'; }, /not an R4 dateTime/],
    ['two Patients', (b) => { b['entry'].push({ fullUrl: 'urn:uuid:00000000-0000-8000-8000-000000000001', resource: { resourceType: 'Patient', id: '00000000-0000-8000-8000-000000000001' } }); }, /exactly one Patient/],
  ])('reports %s', (_name, breakIt, problem) => {
    const b = fresh();
    breakIt(b);
    const problems = checkFhirBundle(b);
    expect(problems.some((p) => problem.test(p)), problems.join('\n')).toBe(true);
  });

  it('rejects a non-object', () => {
    expect(checkFhirBundle('bundle')).toEqual(['bundle: not an object']);
  });
});
