/**
 * Turns a file's bytes into the text the editor shows, or says why the file is not an article.
 * Offsets everywhere else are into this text: a UTF-8 BOM is dropped (as the editor does), CRLF is kept.
 */

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; warnings: string[] }
  | { ok: false; reason: string };

export function decodeArticleBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): Decoded {
  if (bytes.length > maxBytes) return { ok: false, reason: tooLargeReason(bytes.length, maxBytes) };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeWith('utf-16le', bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeWith('utf-16be', bytes.subarray(2));
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) {
    return { ok: false, reason: 'binary file (contains NUL bytes)' };
  }
  return decodeWith('utf-8', body);
}

/** Thrown by a corpus source that sees a file is over the limit before reading it. */
export class FileTooLargeError extends Error {
  constructor(readonly size: number, readonly maxBytes: number) {
    super(tooLargeReason(size, maxBytes));
  }
}

export function tooLargeReason(size: number, maxBytes: number): string {
  return `too large (${formatMiB(size)}; the limit is ${formatMiB(maxBytes)})`;
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder(encoding).decode(bytes);
    warnings.push(`invalid ${encoding.toUpperCase()} bytes were shown as \uFFFD`);
  }
  if (encoding !== 'utf-8' && text.includes('\u0000')) {
    return { ok: false, reason: 'binary file (contains NUL characters)' };
  }
  if (looksMisDecoded(text)) warnings.push(MIS_DECODED);
  return { ok: true, text, encoding, warnings };
}

/** What an article whose text was decoded with the wrong code page is told. Its text is read as it is: the editor shows it so. */
export const MIS_DECODED =
  'the text looks mis-decoded ("â€œ" where a quotation mark was): it was saved in one encoding and read as another, so quotation marks and accents may be missed';

/**
 * UTF-8 bytes once read as Windows-1252 or Latin-1 ("â€œ" for “, "â€™" for ’, "Ã©" for é) or as the Thai code page
 * ("โ€œ"), and saved again as UTF-8. A few such sequences, not one: "Ã©" may be written on purpose.
 */
const MOJIBAKE = /โ€|â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"']|Ã[\u0080-\u00bf]/g;
const MIN_MOJIBAKE = 3;

function looksMisDecoded(text: string): boolean {
  let n = 0;
  MOJIBAKE.lastIndex = 0;
  while (MOJIBAKE.exec(text)) if (++n >= MIN_MOJIBAKE) return true;
  return false;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) return true;
  }
  return false;
}

function formatMiB(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
