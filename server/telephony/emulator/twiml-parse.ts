/**
 * A small XML reader for TwiML: elements, attributes, text, entities, comments, CDATA and the XML
 * declaration. The emulator must never crash on what an app answers, so every defect is a
 * TwimlParseError the call turns into Twilio's "application error" (12100 Document parse failure).
 */
export type TwimlNode = { name: string; attrs: Record<string, string>; children: TwimlNode[]; text: string };

export class TwimlParseError extends Error {}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const known = ENTITIES[name];
    if (known === undefined) throw new TwimlParseError(`unknown entity ${whole}`);
    return known;
  });
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ATTR = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/;

export function parseXml(source: string): TwimlNode {
  let at = 0;
  const stack: TwimlNode[] = [];
  let root: TwimlNode | null = null;
  const fail = (why: string): never => {
    throw new TwimlParseError(`${why} at offset ${at}`);
  };
  const skipMisc = () => {
    for (;;) {
      const rest = source.slice(at);
      const ws = /^\s+/.exec(rest);
      if (ws) at += ws[0].length;
      else if (source.startsWith("<?", at)) at = source.indexOf("?>", at) < 0 ? fail("unterminated declaration") : source.indexOf("?>", at) + 2;
      else if (source.startsWith("<!--", at)) at = source.indexOf("-->", at) < 0 ? fail("unterminated comment") : source.indexOf("-->", at) + 3;
      else return;
    }
  };
  skipMisc();
  while (at < source.length) {
    const top = stack[stack.length - 1];
    if (source.startsWith("<!--", at) || source.startsWith("<?", at)) {
      skipMisc();
    } else if (source.startsWith("<![CDATA[", at)) {
      const end = source.indexOf("]]>", at);
      if (end < 0 || !top) fail("bad CDATA");
      top!.text += source.slice(at + 9, end);
      at = end + 3;
    } else if (source.startsWith("</", at)) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(source.slice(at));
      if (!m) fail("bad closing tag");
      const open = stack.pop();
      if (!open || open.name !== m![1]) fail(`</${m![1]}> does not close <${open?.name ?? "nothing"}>`);
      at += m![0].length;
      if (stack.length === 0) {
        skipMisc();
        if (at < source.length) fail("content after the root element");
      }
    } else if (source[at] === "<") {
      at += 1;
      const name = NAME.exec(source.slice(at))?.[0] ?? fail("bad element name");
      at += name.length;
      const node: TwimlNode = { name, attrs: {}, children: [], text: "" };
      for (let m = ATTR.exec(source.slice(at)); m; m = ATTR.exec(source.slice(at))) {
        node.attrs[m[1]!] = decode(m[3] ?? m[4] ?? "");
        at += m[0].length;
      }
      const close = /^\s*(\/?)>/.exec(source.slice(at)) ?? fail(`bad attributes in <${name}>`);
      at += close[0].length;
      if (top) top.children.push(node);
      else if (root) fail("more than one root element");
      else root = node;
      if (!close[1]) stack.push(node);
      else if (stack.length === 0) {
        skipMisc();
        if (at < source.length) fail("content after the root element");
      }
    } else {
      const end = source.indexOf("<", at);
      const raw = source.slice(at, end < 0 ? source.length : end);
      if (!top) {
        if (raw.trim()) fail("text outside the root element");
      } else top.text += decode(raw);
      at += raw.length;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.name}> is not closed`);
  if (!root) fail("empty document");
  return root!;
}
