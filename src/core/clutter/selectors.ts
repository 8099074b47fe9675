// The selector rules, compiled once into lookups by id, class and tag. A page is matched in the
// same walk that reads ids and classes anyway, instead of one querySelectorAll per rule: far
// cheaper in every engine (jsdom's selector engine needs tens of milliseconds per call), and the
// rules stay plain CSS that a person can read and test in the browser's console.
//
// The subset understood is a compound selector: an optional tag, an optional #id, any .classes,
// and attribute tests [a], [a="v"], [a*="v"], [a^="v"], [a$="v"]. An attribute test other than on
// id or class needs a tag (reading every attribute of every element would cost too much).

export interface AttrTest {
  name: string;
  op: '' | '=' | '*=' | '^=' | '$=';
  value: string;
}

export interface Compound<T> {
  data: T;
  source: string;
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: AttrTest[];
}

const TOKEN =
  /^(?:([a-zA-Z][\w-]*(?:\\:[\w-]+)?)|#([\w-]+)|\.([\w-]+)|\[\s*([\w-]+)\s*(?:([*^$]?=)\s*"([^"]*)"\s*)?\])/;

/** Parses one compound selector; throws on anything outside the subset. */
export function parseCompound<T>(source: string, data: T): Compound<T> {
  const out: Compound<T> = { data, source, tag: null, id: null, classes: [], attrs: [] };
  let rest = source.trim();
  while (rest) {
    const m = TOKEN.exec(rest);
    if (!m) throw new Error(`unsupported selector: ${source}`);
    if (m[1]) {
      if (out.tag || out.id || out.classes.length || out.attrs.length)
        throw new Error(`tag must come first: ${source}`);
      out.tag = m[1].replace(/\\/g, '').toLowerCase();
    } else if (m[2]) out.id = m[2];
    else if (m[3]) out.classes.push(m[3]);
    else out.attrs.push({ name: m[4]!.toLowerCase(), op: (m[5] ?? '') as AttrTest['op'], value: m[6] ?? '' });
    rest = rest.slice(m[0].length);
  }
  const foreign = out.attrs.some((a) => a.name !== 'id' && a.name !== 'class');
  if (foreign && !out.tag) throw new Error(`attribute test needs a tag: ${source}`);
  if (!out.tag && !out.id && !out.classes.length && !out.attrs.length) throw new Error(`empty selector: ${source}`);
  return out;
}

function testAttr(value: string | null, t: AttrTest): boolean {
  if (value === null) return false;
  switch (t.op) {
    case '':
      return true;
    case '=':
      return value === t.value;
    case '*=':
      return value.includes(t.value);
    case '^=':
      return value.startsWith(t.value);
    case '$=':
      return value.endsWith(t.value);
  }
}

/** Selectors indexed for matching element by element. */
export class SelectorIndex<T> {
  private byId = new Map<string, Compound<T>[]>();
  private byClass = new Map<string, Compound<T>[]>();
  private byTag = new Map<string, Compound<T>[]>();
  /** Attribute tests on id or class without a tag, id or class name to look up by. */
  private loose: Compound<T>[] = [];
  /** Matches an id or class attribute that some loose selector might match (a cheap first test). */
  private looseHint: RegExp;
  /** Position of each selector in rule order: the earliest matching rule wins. */
  private orders = new Map<Compound<T>, number>();
  /** Tags whose elements must be looked at (selectors keyed by tag). */
  readonly tags: ReadonlySet<string>;

  constructor(entries: { data: T; selectors: string[] }[]) {
    const push = (map: Map<string, Compound<T>[]>, key: string, c: Compound<T>) => {
      const list = map.get(key);
      if (list) list.push(c);
      else map.set(key, [c]);
    };
    for (const { data, selectors } of entries) {
      for (const s of selectors) {
        const c = parseCompound(s, data);
        this.orders.set(c, this.orders.size);
        if (c.id) push(this.byId, c.id, c);
        else if (c.classes.length) push(this.byClass, c.classes[0]!, c);
        else if (c.tag) push(this.byTag, c.tag, c);
        else this.loose.push(c);
      }
    }
    this.tags = new Set(this.byTag.keys());
    // Every loose selector tests a value its attribute must hold; an empty value (or a bare [id])
    // could match anything.
    const values = this.loose.flatMap((c) => c.attrs.map((a) => (a.op === '' ? '' : a.value)));
    this.looseHint = values.some((v) => !v)
      ? /(?:)/
      : new RegExp(values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  }

  /** The first entry (in rule order) whose selector matches the element, or null. */
  match(el: Element, tag: string, id: string | null, cls: string | null): T | null {
    const classes = cls ? cls.split(/\s+/) : NO_CLASSES;
    let best: Compound<T> | null = null;
    if (id) best = this.first(this.byId.get(id), best, el, tag, id, cls, classes);
    for (const name of classes) if (name) best = this.first(this.byClass.get(name), best, el, tag, id, cls, classes);
    best = this.first(this.byTag.get(tag), best, el, tag, id, cls, classes);
    if ((id && this.looseHint.test(id)) || (cls && this.looseHint.test(cls)))
      best = this.first(this.loose, best, el, tag, id, cls, classes);
    return best ? best.data : null;
  }

  /** The earliest matching selector of `list`, or `best` when it comes first. */
  private first(
    list: Compound<T>[] | undefined,
    best: Compound<T> | null,
    el: Element,
    tag: string,
    id: string | null,
    cls: string | null,
    classes: string[],
  ): Compound<T> | null {
    if (!list) return best;
    let bestOrder = best ? this.orders.get(best)! : Infinity;
    for (const c of list) {
      const order = this.orders.get(c)!;
      if (order < bestOrder && this.test(c, el, tag, id, cls, classes)) {
        best = c;
        bestOrder = order;
      }
    }
    return best;
  }

  private test(c: Compound<T>, el: Element, tag: string, id: string | null, cls: string | null, classes: string[]) {
    if (c.tag && c.tag !== tag) return false;
    if (c.id && c.id !== id) return false;
    for (const k of c.classes) if (!classes.includes(k)) return false;
    for (const a of c.attrs) {
      const value = a.name === 'id' ? id : a.name === 'class' ? cls : el.getAttribute(a.name);
      if (!testAttr(value, a)) return false;
    }
    return true;
  }
}

const NO_CLASSES: string[] = [];
