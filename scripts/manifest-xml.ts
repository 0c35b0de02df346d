// A small, strict XML reader for add-in manifests: elements, attributes, text, comments, CDATA and
// processing instructions. Enough to check well-formedness and walk the tree; no DTDs, no namespaces
// resolution beyond keeping prefixed names as written.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent: XmlElement | null;
}

export class XmlError extends Error {
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
    this.name = "XmlError";
  }
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?/;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string, line: number): string {
  return s.replace(/&([^;\s]*);?/g, (m, body: string) => {
    if (!m.endsWith(";")) throw new XmlError(`bare "&" (write &amp;)`, line);
    if (body in ENTITIES) return ENTITIES[body]!;
    const num = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (num) return String.fromCodePoint(body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10));
    throw new XmlError(`unknown entity &${body};`, line);
  });
}

/** Parses a whole document; throws XmlError with a line number on the first well-formedness problem. */
export function parseXml(source: string): XmlElement {
  let i = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  const advance = (to: number): void => {
    for (let k = i; k < to; k++) if (source.charCodeAt(k) === 10) line++;
    i = to;
  };
  const expectEnd = (token: string, what: string): number => {
    const end = source.indexOf(token, i);
    if (end === -1) throw new XmlError(`unterminated ${what}`, line);
    return end;
  };

  if (source.charCodeAt(0) === 0xfeff) i = 1;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    const textEnd = lt === -1 ? source.length : lt;
    const text = source.slice(i, textEnd);
    if (text.trim() !== "") {
      if (stack.length === 0) throw new XmlError("text outside the root element", line);
      stack[stack.length - 1]!.text += decodeEntities(text, line);
    }
    advance(textEnd);
    if (lt === -1) break;

    if (source.startsWith("<!--", i)) {
      const end = expectEnd("-->", "comment");
      advance(end + 3);
    } else if (source.startsWith("<![CDATA[", i)) {
      if (stack.length === 0) throw new XmlError("CDATA outside the root element", line);
      const end = expectEnd("]]>", "CDATA section");
      stack[stack.length - 1]!.text += source.slice(i + 9, end);
      advance(end + 3);
    } else if (source.startsWith("<?", i)) {
      const end = expectEnd("?>", "processing instruction");
      advance(end + 2);
    } else if (source.startsWith("<!", i)) {
      throw new XmlError("DOCTYPE and other declarations are not allowed in a manifest", line);
    } else if (source.startsWith("</", i)) {
      const end = expectEnd(">", "end tag");
      const name = source.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open) throw new XmlError(`end tag </${name}> without a start tag`, line);
      if (open.name !== name) throw new XmlError(`</${name}> closes <${open.name}> (opened on line ${open.line})`, line);
      advance(end + 1);
    } else {
      advance(i + 1);
      const m = NAME.exec(source.slice(i, i + 200));
      if (!m) throw new XmlError("invalid element name", line);
      const el: XmlElement = { name: m[0], attributes: {}, children: [], text: "", line, parent: stack[stack.length - 1] ?? null };
      advance(i + m[0].length);
      // Attributes up to ">" or "/>".
      for (;;) {
        const ws = /^\s*/.exec(source.slice(i))![0];
        advance(i + ws.length);
        if (source.startsWith("/>", i) || source.startsWith(">", i)) break;
        if (ws === "") throw new XmlError(`expected whitespace before an attribute of <${el.name}>`, line);
        const a = /^([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(i));
        if (!a) throw new XmlError(`malformed attribute in <${el.name}>`, line);
        if (a[1]! in el.attributes) throw new XmlError(`duplicate attribute ${a[1]} in <${el.name}>`, line);
        el.attributes[a[1]!] = decodeEntities(a[3] ?? a[4] ?? "", line);
        advance(i + a[0].length);
      }
      const selfClosing = source.startsWith("/>", i);
      advance(i + (selfClosing ? 2 : 1));
      if (el.parent) el.parent.children.push(el);
      else if (root) throw new XmlError("more than one root element", line);
      else root = el;
      if (!selfClosing) stack.push(el);
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]!.name}> is never closed`, line);
  if (!root) throw new XmlError("no root element", line);
  return root;
}

/** Every element of the tree, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** Local name without the namespace prefix ("bt:Image" → "Image"). */
export function localName(e: XmlElement): string {
  const k = e.name.indexOf(":");
  return k === -1 ? e.name : e.name.slice(k + 1);
}

/** Direct children with a local name. */
export function childrenNamed(e: XmlElement, name: string): XmlElement[] {
  return e.children.filter((c) => localName(c) === name);
}

/** First descendant along a path of local names. */
export function find(e: XmlElement, ...path: string[]): XmlElement | null {
  let cur: XmlElement | null = e;
  for (const p of path) {
    cur = cur ? childrenNamed(cur, p)[0] ?? null : null;
  }
  return cur;
}
