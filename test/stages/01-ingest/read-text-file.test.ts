import { describe, expect, it } from 'vitest';
import { detectFileType } from '../../../src/stages/01-ingest/detect-file-type.js';
import { readTextFile } from '../../../src/stages/01-ingest/read-text-file.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16le = (s: string, bom = true): Uint8Array => {
  const body = Buffer.from(s, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
};

describe('detectFileType', () => {
  it.each([
    ['PDF header', utf8('%PDF-1.7\n1 0 obj'), 'pdf'],
    ['PDF header after junk', Buffer.concat([Buffer.from('\x00\x01junk\r\n'), Buffer.from('%PDF-1.4\n')]), 'pdf'],
    ['ASCII text', utf8('Date of injury: 1/9/2013\f page two'), 'text'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('café')]), 'text'],
    ['UTF-16 with BOM', utf16le('Shoulder pain'), 'text'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'unknown'],
    ['invalid UTF-8 read as Latin-1/Windows-1252', Buffer.from('caf\xe9 au lait', 'latin1'), 'text'],
    ['UTF-16LE without BOM', utf16le('Shoulder pain', false), 'text'],
    ['UTF-16BE without BOM', Buffer.from('Shoulder pain', 'utf16le').swap16(), 'text'],
    ['mostly high bytes (binary, not Latin-1)', Buffer.from([0xe9, 0xc0, 0xf1, 0xd2, 0x41, 0xe8, 0xb5, 0xa7]), 'unknown'],
    ['a byte Windows-1252 leaves undefined', Buffer.from('caf\x81 au lait', 'latin1'), 'unknown'],
    ['NUL bytes', Buffer.from('abc\x00def'), 'unknown'],
  ])('%s → %s', (_name, bytes, expected) => {
    expect(detectFileType(bytes)).toBe(expected);
  });
});

describe('readTextFile', () => {
  it('splits pages on form feed and keeps the text exactly', () => {
    const text = 'Page one line\n  indented\r\n\fPage two\ttab\n\f\n  Page three  \n';
    const pages = readTextFile(utf8(text));
    expect(pages.map((p) => p.text)).toEqual(['Page one line\n  indented\r\n', 'Page two\ttab\n', '\n  Page three  \n']);
    expect(pages.map((p) => [p.page, p.source])).toEqual([[1, 'text'], [2, 'text'], [3, 'text']]);
  });

  it('drops a trailing form feed rather than adding an empty page', () => {
    expect(readTextFile(utf8('one\ftwo\f\n'))).toHaveLength(2);
  });

  it('strips a byte-order mark and decodes UTF-16', () => {
    expect(readTextFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('abc')]))[0]?.text).toBe('abc');
    expect(readTextFile(utf16le('left shoulder\fpage 2')).map((p) => p.text)).toEqual(['left shoulder', 'page 2']);
  });

  it('decodes UTF-16 without a BOM and Latin-1/Windows-1252 text', () => {
    expect(readTextFile(utf16le('left shoulder\fpage 2', false)).map((p) => p.text)).toEqual(['left shoulder', 'page 2']);
    expect(readTextFile(Buffer.from('left shoulder', 'utf16le').swap16())[0]?.text).toBe('left shoulder');
    expect(readTextFile(Buffer.from('caf\xe9 \x93quoted\x94', 'latin1'))[0]?.text).toBe('café “quoted”');
  });

  it('refuses bytes that are text in no supported encoding with unsupported_encoding', () => {
    expect(() => readTextFile(Buffer.from('abc\x00def'))).toThrow(expect.objectContaining({ code: 'unsupported_encoding' }));
  });
});
