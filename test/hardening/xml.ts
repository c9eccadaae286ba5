// A small XML well-formedness check for the junit report: declaration, balanced elements, quoted
// attributes, known entities, and no character XML 1.0 forbids. Returns the first problem, or null.

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NAME = "[A-Za-z_:][\\w.:-]*";
const ATTRIBUTE = new RegExp(`^\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`);
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

export function wellFormedXml(xml: string): string | null {
  const forbidden = FORBIDDEN.exec(xml);
  if (forbidden) return `forbidden character U+${forbidden[0].charCodeAt(0).toString(16)} at ${forbidden.index}`;
  let i = 0;
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end === -1) return "unclosed XML declaration";
    i = end + 2;
  }
  const open: string[] = [];
  let roots = 0;
  while (i < xml.length) {
    const c = xml[i]!;
    if (c === "<") {
      if (xml.startsWith("<!--", i)) {
        const end = xml.indexOf("-->", i + 4);
        if (end === -1) return `unclosed comment at ${i}`;
        i = end + 3;
        continue;
      }
      if (xml.startsWith("<![CDATA[", i)) {
        const end = xml.indexOf("]]>", i);
        if (end === -1) return `unclosed CDATA at ${i}`;
        i = end + 3;
        continue;
      }
      const closing = xml[i + 1] === "/";
      const name = new RegExp(`^${NAME}`).exec(xml.slice(i + (closing ? 2 : 1)))?.[0];
      if (!name) return `bad tag at ${i}`;
      let j = i + (closing ? 2 : 1) + name.length;
      if (closing) {
        while (/\s/.test(xml[j] ?? "")) j++;
        if (xml[j] !== ">") return `bad closing tag </${name} at ${i}`;
        if (open.pop() !== name) return `</${name}> does not close the open element at ${i}`;
        i = j + 1;
        continue;
      }
      const seen = new Set<string>();
      for (;;) {
        const attribute = ATTRIBUTE.exec(xml.slice(j, j + 100_000));
        if (!attribute) break;
        if (seen.has(attribute[1]!)) return `duplicate attribute ${attribute[1]} at ${j}`;
        seen.add(attribute[1]!);
        const value = attribute[2]!.slice(1, -1);
        for (let k = value.indexOf("&"); k !== -1; k = value.indexOf("&", k + 1)) if (!ENTITY.test(value.slice(k))) return `bad entity in attribute at ${j}`;
        j += attribute[0].length;
      }
      while (/\s/.test(xml[j] ?? "")) j++;
      if (xml.startsWith("/>", j)) {
        if (open.length === 0) roots++;
        i = j + 2;
      } else if (xml[j] === ">") {
        if (open.length === 0) roots++;
        open.push(name);
        i = j + 1;
      } else return `bad start tag <${name} at ${i}`;
      if (roots > 1) return "more than one root element";
      continue;
    }
    if (c === "&") {
      if (!ENTITY.test(xml.slice(i, i + 12))) return `bad entity at ${i}`;
      i = xml.indexOf(";", i) + 1;
      continue;
    }
    if (open.length === 0 && !/\s/.test(c)) return `text outside the root element at ${i}`;
    i++;
  }
  if (open.length > 0) return `unclosed <${open[open.length - 1]}>`;
  return roots === 1 ? null : "no root element";
}
