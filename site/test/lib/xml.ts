// A strict XML 1.0 well-formedness check for the files the site generates (no DTDs, no entities
// beyond the five predefined ones), returning the element tree. It throws on the first error.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (character data directly inside it), unescaped. */
  text: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*/;
const REFERENCE = /&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
// XML 1.0 Char production.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescape(raw: string, where: string): string {
  for (let i = raw.indexOf('&'); i !== -1; i = raw.indexOf('&', i + 1)) {
    REFERENCE.lastIndex = i;
    if (!REFERENCE.test(raw)) throw new Error(`${where}: bare "&" or unknown entity`);
  }
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : ENTITIES[e]!,
  );
}

/** Parse a whole XML document; throws with the offset of the first well-formedness error. */
export function parseXml(xml: string): XmlElement {
  if (ILLEGAL.test(xml)) throw new Error('character not allowed in XML 1.0');
  let i = 0;
  const fail = (m: string): never => {
    throw new Error(`offset ${i}: ${m}`);
  };
  const decl = /^<\?xml\s+version="1\.[0-9]"(?:\s+encoding="[A-Za-z][\w.-]*")?\s*\?>/.exec(xml);
  if (decl) i = decl[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.includes(']]>')) fail('"]]>" in text');
    const top = stack[stack.length - 1];
    if (top) top.text += unescape(text, `offset ${i}`);
    else if (text.trim() !== '') fail('text outside the root element');
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1 || xml.slice(i + 4, end).includes('--')) fail('bad comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      if (!top) fail('CDATA outside the root element');
      const end = xml.indexOf(']]>', i);
      if (end === -1) fail('unclosed CDATA');
      top!.text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<!', i) || xml.startsWith('<?', i)) {
      fail('DOCTYPE, declarations and processing instructions are not allowed here');
    } else if (xml.startsWith('</', i)) {
      const name = NAME.exec(xml.slice(i + 2))?.[0] ?? fail('bad end tag');
      const open = stack.pop();
      if (open?.name !== name) fail(`</${name}> does not close <${open?.name ?? '(none)'}>`);
      i += 2 + name.length;
      const close = /^\s*>/.exec(xml.slice(i)) ?? fail(`bad end tag </${name}`);
      i += close[0].length;
    } else {
      const name = NAME.exec(xml.slice(i + 1))?.[0] ?? fail('bad start tag');
      i += 1 + name.length;
      const el: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (;;) {
        const end = /^\s*(\/?)>/.exec(xml.slice(i));
        if (end) {
          i += end[0].length;
          if (top) top.children.push(el);
          else if (root) fail('more than one root element');
          else root = el;
          if (!end[1]) stack.push(el);
          break;
        }
        const attr = /^\s+([A-Za-z_][A-Za-z0-9._:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/.exec(
          xml.slice(i),
        );
        if (!attr) fail(`bad attribute in <${name}>`);
        const [whole, key, dq, sq] = attr!;
        if (key! in el.attributes) fail(`duplicate attribute ${key} in <${name}>`);
        el.attributes[key!] = unescape(dq ?? sq ?? '', `attribute ${key}`);
        i += whole.length;
      }
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.name}> is not closed`);
  return root ?? fail('no root element');
}

/** Child elements with a name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The text of every element inside el, in document order (for reading XHTML content). */
export function deepText(el: XmlElement): string {
  return el.text + el.children.map(deepText).join('');
}
