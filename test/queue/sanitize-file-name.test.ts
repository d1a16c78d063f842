import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '../../src/queue/sanitize-file-name.js';

describe('sanitizeFileName', () => {
  it.each([
    ['imr-0042.pdf', 'imr-0042.pdf'],
    ['../../../../tmp/escape.pdf', 'escape.pdf'],
    ['..\\..\\windows\\escape.pdf', 'escape.pdf'],
    ['/etc/passwd', 'passwd'],
    ['name\u0000with-nul.pdf', 'namewith-nul.pdf'],
    ['line\nbreak\r\u001b[31mred\u0007.pdf', 'linebreak[31mred.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['.', 'upload'],
    ['..', 'upload'],
    ['', 'upload'],
    ['dir/', 'upload'],
    ['  café résumé.txt ', 'café résumé.txt'],
  ])('%j → %j', (name, expected) => {
    expect(sanitizeFileName(name)).toBe(expected);
  });

  it('shortens a very long name and keeps its extension', () => {
    const out = sanitizeFileName(`${'a'.repeat(600)}.pdf`);
    expect(out).toHaveLength(120);
    expect(out.endsWith('.pdf')).toBe(true);
  });
});
