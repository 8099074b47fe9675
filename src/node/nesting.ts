// How deep a page nests, estimated from its markup before parsing. jsdom's HTML parser (parse5)
// scans the stack of open elements for most start tags, so parsing is quadratic in depth: 5 000
// levels took 15 s, 50 000 would take half an hour. Browsers stop nesting at 512 (Chrome) and the
// core does not extract pages deeper than LIMITS.pageDepth, so a page whose markup nests far deeper
// is not parsed at all. The estimate follows the parser closely enough for that: void elements and
// elements whose end tag may be left out do not nest, raw-text elements are skipped whole.

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'basefont',
  'bgsound',
  'frame',
  'keygen',
  'image',
  '!doctype',
]);
/** End tag optional, or closed implicitly by the next sibling: these never pile up. */
const FLAT = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
  'rtc',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TOKEN = /<!--|<(\/?)([a-zA-Z!][^\s/>]*)[^>]*>/g;
const CLOSE: Record<string, RegExp> = {};

/** The largest nesting depth the markup reaches, counting from 0; stops early above `stopAt`. */
export function estimateDepth(html: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  // Inside <svg> or <math>, `<path/>` closes itself (in HTML, `<div/>` does not: it nests).
  let foreignFrom = Infinity;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', TOKEN.lastIndex);
      if (end < 0) break;
      TOKEN.lastIndex = end + 3;
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || FLAT.has(name)) continue;
    if (m[1]) {
      if (depth > 0) depth--;
      if (depth < foreignFrom) foreignFrom = Infinity;
      continue;
    }
    if (depth >= foreignFrom && m[0].endsWith('/>')) continue;
    if (RAW_TEXT.has(name) && depth < foreignFrom) {
      const close = (CLOSE[name] ??= new RegExp(`</${name}`, 'gi'));
      close.lastIndex = TOKEN.lastIndex;
      if (!close.exec(html)) break;
      TOKEN.lastIndex = close.lastIndex;
      continue;
    }
    if ((name === 'svg' || name === 'math') && foreignFrom === Infinity) {
      if (m[0].endsWith('/>')) continue;
      foreignFrom = depth;
    }
    if (++depth > max) {
      max = depth;
      if (max > stopAt) return max;
    }
  }
  return max;
}
