// Decodes a saved page the way a browser does: byte-order mark, then a <meta charset> anywhere in
// the head, else UTF-8 when the bytes are valid UTF-8, else windows-1252. Several saved pages
// declare their charset after the first 1024 bytes, where a naive loader stops looking.

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return new TextDecoder(encoding).decode(bytes.subarray(bom.length));
  }
  const declared = charsetOf(contentType) ?? metaCharset(bytes);
  if (declared) {
    try {
      // A page that declares UTF-16 in a meta tag is ASCII-compatible in fact (HTML spec: treat as UTF-8).
      const decoder = new TextDecoder(/^utf-16/i.test(declared) ? 'utf-8' : declared);
      return decoder.encoding === 'windows-1252' ? windows1252(bytes) : decoder.decode(bytes);
    } catch {
      // Unknown label: fall through to sniffing.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

// Node 20's TextDecoder decodes windows-1252 (and its aliases latin1, iso-8859-1, ascii) as plain
// ISO-8859-1, leaving 0x80-0x9F as control characters; browsers map them to “”‘’–—€ and friends.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function charsetOf(contentType: string | null | undefined): string | null {
  return contentType ? (/charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null) : null;
}

/** The charset named by a <meta> in the head, wherever it stands before <body>. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256 * 1024));
  const end = head.search(/<body[\s>]/i);
  const scope = end > 0 ? head.slice(0, end) : head;
  for (const meta of scope.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (direct) return direct[1]!;
  }
  return null;
}
