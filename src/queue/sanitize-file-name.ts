/** Longest name kept, in characters; file systems allow 255 bytes and UTF-8 needs up to 4 each. */
const MAX_NAME_CHARS = 120;
/** C0/C1 controls, DEL, and the bidirectional overrides that make `cod.exe` look like `exe.doc`. */
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The uploaded file name as it is stored and reported: only the last path segment (either slash),
 * without control characters or bidirectional overrides, at most 120 characters (the extension
 * kept), and `upload` when nothing usable is left (empty, `.` or `..`). The name is never used to
 * build a path — records are stored by content hash — this keeps it harmless where it is shown
 * (logs are not among those places: they never carry file names).
 */
export function sanitizeFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  let clean = last.replace(UNSAFE_CHARS, '').trim();
  if (clean === '' || /^\.+$/.test(clean)) return 'upload';
  if (clean.length > MAX_NAME_CHARS) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean = clean.slice(0, MAX_NAME_CHARS - ext.length) + ext;
  }
  return clean;
}
