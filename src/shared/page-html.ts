// Parsing a copy of a page in the extension's own pages (Chrome's offscreen document, Firefox's
// background page, the popup). Their content security policy forbids inline scripts, and Chromium
// checks each inline event handler (onclick="…") as the parser meets it, and logs a violation:
// a page with 200 of them parsed eight times slower (lifehacker: 110 ms instead of 14). Nothing
// the extension does reads them, so they are cut out of the HTML before it is parsed.

/** Whether the HTML may hold an event handler attribute at all: most pages are spared the rest. */
const HANDLER = /\son[a-z]+="/i;
/** A comment (kept as it is; one left open runs to the end, as the parser reads it), or a start
 * tag. Serialization escapes < and > in attribute values and text, so a tag ends at the first >;
 * before Chromium 138 and Firefox 140 it did not, and a tag cut short at a > in a value then
 * fails to parse below and is left as it was. */
const TAG = /<!--[\s\S]*?(?:-->|$)|<[a-z][^>]*>/gi;
/** One attribute as serialization writes it: space, name, and a value in double quotes (which
 * cannot hold one, escaped as &quot;). */
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:="[^"]*")?/y;
/** Named as every event handler is (and the odd custom attribute, which nothing here reads either). */
const EVENT_HANDLER = /^on[a-z]+$/i;

/** The page's HTML without its inline event handlers. Text, comments and every other attribute are
 * left as they were; so is a tag that does not read as serialization writes one. (In the raw text
 * of an `<xmp>`, `<iframe>`, `<noembed>` or `<noframes>`, markup-like text loses them too.) */
export function withoutHandlers(html: string): string {
  if (!HANDLER.test(html)) return html;
  return html.replace(TAG, (tag) => (tag[1] !== '!' && HANDLER.test(tag) ? stripped(tag) : tag));
}

function stripped(tag: string): string {
  const nameEnd = tag.search(/[\s/>]/);
  let out = tag.slice(0, nameEnd);
  let at = nameEnd;
  ATTRIBUTE.lastIndex = at;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) {
    if (!EVENT_HANDLER.test(m[1]!)) out += m[0];
    at = ATTRIBUTE.lastIndex;
  }
  const end = tag.slice(at);
  return /^\s*\/?>$/.test(end) ? out + end : tag;
}

/** A page's HTML parsed into a Document of its own, without its inline event handlers. */
export function parsePageHtml(html: string): Document {
  return new DOMParser().parseFromString(withoutHandlers(html), 'text/html');
}
