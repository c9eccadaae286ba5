// Globs to regular expressions, for include, ignore and overrides (no dependency on picomatch).

/**
 * Compiles a glob matched against a path relative to the config folder, with `/` separators.
 *
 * - `**` as a whole segment matches any number of segments (`a/**\/b` matches `a/b` and `a/x/y/b`;
 *   a trailing `/**` also matches the folder itself); elsewhere it acts as `*`.
 * - `*` matches within one segment, `?` one character other than `/`.
 * - `{a,b}` alternatives (nestable), `[abc]`, `[a-z]`, `[!abc]` / `[^abc]` classes; `\` escapes.
 *   An unclosed `[` or `{`, or braces without a comma, are literal.
 * - As in .gitignore, a glob without `/` (ignoring a trailing one) matches the basename at any depth,
 *   a leading `/` anchors it to the config folder, and a trailing `/` means everything below.
 * - Leading dots are not special: `*` matches `.github`. Matching is case-sensitive.
 */
export function compileGlob(glob: string): RegExp {
  let text = glob;
  while (text.startsWith("./")) text = text.slice(2);
  let anchored = false;
  if (text.startsWith("/")) {
    anchored = true;
    text = text.replace(/^\/+/, "");
  }
  let folder = false;
  if (text.endsWith("/")) {
    folder = true;
    text = text.replace(/\/+$/, "");
  }
  const anyDepth = !anchored && !text.includes("/");
  if (folder) text += "/**";
  return new RegExp(`^${anyDepth ? "(?:.*/)?" : ""}${translate(text)}$`);
}

function translate(glob: string): string {
  let out = "";
  // Indexes of the `}` that close the brace groups we are inside, innermost last.
  const closers: number[] = [];
  let i = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === "\\" && i + 1 < glob.length) {
      out += escapeRegExp(glob[i + 1]!);
      i += 2;
    } else if (c === "*") {
      let j = i;
      while (glob[j] === "*") j++;
      const inBraces = closers.length > 0;
      const prev = i === 0 ? "/" : glob[i - 1]!;
      const next = j < glob.length ? glob[j]! : "";
      const startsSegment = prev === "/" || (inBraces && (prev === "{" || prev === ","));
      const endsSegment = next === "/" || next === "" || (inBraces && (next === "," || next === "}"));
      if (j - i >= 2 && startsSegment && endsSegment) {
        if (next === "/") {
          out += "(?:.*/)?";
          j++;
        } else if (prev === "/" && i > 0 && out.endsWith("/")) {
          out = `${out.slice(0, -1)}(?:/.*)?`;
        } else {
          out += ".*";
        }
      } else {
        out += "[^/]*";
      }
      i = j;
    } else if (c === "?") {
      out += "[^/]";
      i++;
    } else if (c === "[") {
      const cls = readClass(glob, i);
      if (cls) {
        out += cls.source;
        i = cls.end;
      } else {
        out += "\\[";
        i++;
      }
    } else if (c === "{") {
      const close = closingBrace(glob, i);
      if (close >= 0) {
        closers.push(close);
        out += "(?:";
      } else {
        out += "\\{";
      }
      i++;
    } else if (c === "," && closers.length > 0) {
      out += "|";
      i++;
    } else if (c === "}" && closers[closers.length - 1] === i) {
      closers.pop();
      out += ")";
      i++;
    } else {
      out += escapeRegExp(c);
      i++;
    }
  }
  return out;
}

/** `[...]` at `start` as a RegExp class that never matches `/`, or null when it is not closed. */
function readClass(glob: string, start: number): { source: string; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (glob[i] === "!" || glob[i] === "^") {
    negate = true;
    i++;
  }
  let body = "";
  let first = true;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === "]" && !first) {
      return { source: negate ? `[^/${body}]` : `(?:(?!/)[${body}])`, end: i + 1 };
    }
    if (c === "\\" && i + 1 < glob.length) {
      body += `\\${glob[i + 1]!}`;
      i += 2;
    } else {
      body += c === "]" || c === "[" || c === "^" || c === "\\" ? `\\${c}` : c;
      i++;
    }
    first = false;
  }
  return null;
}

/** Index of the `}` closing the group opened at `open`, or -1 when it is unclosed or has no top-level comma. */
function closingBrace(glob: string, open: number): number {
  let depth = 0;
  let comma = false;
  for (let i = open + 1; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\") i++;
    else if (c === "[") {
      const cls = readClass(glob, i);
      if (cls) i = cls.end - 1;
    } else if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return comma ? i : -1;
      depth--;
    } else if (c === "," && depth === 0) comma = true;
  }
  return -1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True when the text has glob syntax that compileGlob expands: `*`, `?`, a closed `[...]` or a `{a,b}` group. */
export function isGlob(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\") i++;
    else if (c === "*" || c === "?") return true;
    else if (c === "[" && readClass(text, i)) return true;
    else if (c === "{" && closingBrace(text, i) >= 0) return true;
  }
  return false;
}

/** The leading segments of a glob that hold no glob syntax (`docs/*\/a.md` → `docs`), "" when there are none. */
export function globBase(glob: string): string {
  const segments = glob.split("/");
  const base: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    base.push(segment);
  }
  return base.join("/");
}
