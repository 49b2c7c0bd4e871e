// Upload checks that do not trust the client (SEC-4): the file name must be a plain name
// (no path, no traversal, no control characters) and the first bytes must match the
// declared type; executables and scripts are refused whatever they are called.
import { AppError } from '@/server/errors';

type Kind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'zip' | 'ole' | 'executable' | 'unknown';

const SIGNATURES: [Kind, number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['executable', [0x4d, 0x5a]], // MZ: Windows PE
  ['executable', [0x7f, 0x45, 0x4c, 0x46]], // ELF
  ['executable', [0xcf, 0xfa, 0xed, 0xfe]], // Mach-O
  ['executable', [0xca, 0xfe, 0xba, 0xbe]], // Mach-O fat / Java class
  ['executable', [0x23, 0x21]], // #! script
];

/** What the bytes are, by their magic number. */
export function sniffKind(bytes: Uint8Array): Kind {
  for (const [kind, sig] of SIGNATURES) if (sig.every((b, i) => bytes[i] === b)) return kind;
  return 'unknown';
}

const EXPECTED: Record<string, Kind[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpeg'],
  'image/gif': ['gif'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['zip'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['zip'],
  'application/zip': ['zip'],
  'application/msword': ['ole'],
  'application/vnd.ms-excel': ['ole'],
};

const EXTENSIONS: Record<Kind, string[]> = {
  pdf: ['pdf'], png: ['png'], jpeg: ['jpg', 'jpeg'], gif: ['gif'], zip: ['docx', 'xlsx', 'zip'], ole: ['doc', 'xls'], executable: [], unknown: [],
};

const refuse = (vi: string, en: string, details: Record<string, unknown>) =>
  new AppError('validation-failed', { vi, en }, { reason: 'upload-refused', ...details });

/** A file name safe to store and to send back in Content-Disposition; refuses anything else. */
export function assertSafeFileName(name: string): void {
  const bad = !name || name.length > 255 || /[/\\\u0000-\u001f\u007f]/.test(name) || name === '.' || name.includes('..');
  if (bad) throw refuse('Tên tệp không hợp lệ (không được chứa đường dẫn hoặc ký tự điều khiển).', 'Invalid file name (no paths or control characters).', { fileName: name.slice(0, 80) });
}

/** Refuses bytes that are executable or do not match the declared type and the extension. */
export function assertContentMatches(bytes: Uint8Array, mime: string, fileName: string): void {
  const kind = sniffKind(bytes);
  if (kind === 'executable') throw refuse('Tệp là chương trình chạy được, không được phép tải lên.', 'Executable files are not accepted.', { detected: kind });
  const expected = EXPECTED[mime];
  if (expected && !expected.includes(kind)) {
    throw refuse(`Nội dung tệp không phải ${mime}.`, `The file content is not ${mime}.`, { declared: mime, detected: kind });
  }
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const known = Object.values(EXTENSIONS).flat();
  if (ext && known.includes(ext) && !EXTENSIONS[kind].includes(ext)) {
    throw refuse(`Đuôi tệp ".${ext}" không khớp với nội dung.`, `The extension ".${ext}" does not match the content.`, { detected: kind });
  }
}
