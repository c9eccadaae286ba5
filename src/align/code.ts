// Code lines as compared across languages: comments stripped per the fence's language, invisible whitespace normalized.

/** One line of code as compared, with where it came from. */
export interface CodeLine {
  /** The line without its comment, invisible spaces made plain, trailing blanks removed, the block's common indentation removed. */
  text: string;
  /** `text` with every run of blanks made one space and leading blanks removed: what is compared (re-indenting is cosmetic). */
  key: string;
  /** 0-based line number within the code block's content. */
  line: number;
  /** Offset of the line's first character within the content. */
  offset: number;
}

type Style = { line: string[]; block: [string, string] | null };

const HASH: Style = { line: ["#"], block: null };
const SLASHES: Style = { line: ["//"], block: ["/*", "*/"] };
const STYLES = new Map<string, Style>();
for (const lang of ["bash", "sh", "shell", "zsh", "console", "powershell", "ps", "ps1", "pwsh", "python", "py", "yaml", "yml", "ruby", "rb", "r", "perl", "toml", "dockerfile", "docker", "makefile", "make", "properties", "conf", "nginx", "terraform", "hcl", "elixir", "ex", "coffee", "azurecli", "azurecli-interactive", "azurepowershell", "azurepowershell-interactive", "cmake", "text-with-hash"]) {
  STYLES.set(lang, HASH);
}
for (const lang of ["c", "cpp", "c++", "h", "hpp", "cs", "csharp", "c#", "java", "javascript", "js", "jsx", "typescript", "ts", "tsx", "go", "golang", "rust", "rs", "kotlin", "kt", "swift", "scala", "dart", "php", "json5", "jsonc", "groovy", "gradle", "proto", "protobuf", "fsharp", "f#", "objectivec", "objc", "zig", "v", "solidity", "css", "scss", "less"]) {
  STYLES.set(lang, SLASHES);
}
STYLES.set("sql", { line: ["--"], block: ["/*", "*/"] });
STYLES.set("kusto", { line: ["//"], block: null });
STYLES.set("lua", { line: ["--"], block: null });
STYLES.set("haskell", { line: ["--"], block: null });
STYLES.set("ini", { line: [";", "#"], block: null });
for (const lang of ["erlang", "erl", "tex", "latex", "matlab", "octave", "prolog"]) STYLES.set(lang, { line: ["%"], block: null });
STYLES.set("vb", { line: ["'"], block: null });
STYLES.set("vbnet", { line: ["'"], block: null });
STYLES.set("batch", { line: ["REM ", "::"], block: null });
STYLES.set("bat", { line: ["REM ", "::"], block: null });
STYLES.set("cmd", { line: ["REM ", "::"], block: null });
for (const lang of ["html", "xml", "xaml", "svg", "vue", "markdown", "md"]) STYLES.set(lang, { line: [], block: ["<!--", "-->"] });
/** Without a known language: the two commonest line comments, each only after a blank (not in `https://`). */
const UNKNOWN: Style = { line: ["#", "//"], block: null };
/** Languages whose text is data or output: nothing in it is a comment. */
const NONE: Style = { line: [], block: null };
for (const lang of ["json", "text", "txt", "output", "csv", "http", "diff", "plaintext"]) STYLES.set(lang, NONE);

/**
 * A line that is only a comment in one of the common syntaxes, its marker followed by a blank: `%% `,
 * `// `, `-- `, `;; `. No language starts a line of code so (`--flag` has no blank), so a block labelled
 * with another language (an Elixir block with an Erlang comment) keeps it a comment. Not `# `: a
 * Markdown heading, a C preprocessor line. Markup (Markdown, HTML) has no line comments at all.
 */
const FOREIGN_COMMENT = /^[ \t]*(?:%%|\/\/|--|;;)[ \t]/;

/** Fence languages of plain text, where a line may end in a note to the reader. */
const PLAIN_TEXT = new Set(["text", "txt", "plaintext"]);
/** A parenthesized note of words after a blank at a line's end, with nothing code-like in it (`=`, `/`, quotes, brackets). */
const TRAILING_NOTE = /[ \t]+\((?=[^()]*\p{L})[^()=/\\{}[\];"'`<>]*\)$/u;

/** Diagram languages: their labels are prose, translated with the page, so their blocks are not compared as code. */
export const PROSE_CODE = new Set(["mermaid", "plantuml", "puml", "dot", "graphviz", "d2"]);

const BOX_DRAWING = /[\u2500-\u257f]/;

/** Spaces the eye does not tell from a blank (no-break, narrow, figure, ideographic) become a blank; zero-width ones go. */
const INVISIBLE = /[\u00a0\u2007\u202f\u2000-\u200a\u3000]|[\u200b-\u200d\u2060\ufeff]/g;

/**
 * The lines of a code block's content with comments removed according to `lang` (a fence's first
 * info word, lower case): `#`, `//`, `--`, `%`, `;`, `'`, `REM`, and `/* … *\/` or `<!-- … -->` across lines.
 * A marker counts only outside quotes and at the line start or after a blank, so `https://` and
 * `"#fff"` stay code. Lines that are empty once stripped are left out: a translated comment line and an
 * untranslated one compare equal, and so do blank lines added or dropped. Linear in the content.
 */
export function codeLines(content: string, lang: string): CodeLine[] {
  // Box-drawing diagrams are drawn around their (translated) labels: prose, like diagram languages.
  if (PROSE_CODE.has(lang) || BOX_DRAWING.test(content)) return [];
  const style = STYLES.get(lang) ?? UNKNOWN;
  const out: CodeLine[] = [];
  // A block inside a block quote or an alert carries its `>` on every line: the quote's, not the code's
  // (the English moved the block into an alert, the translation has it outside).
  const quoted = content.trim() !== "" && content.split("\n").every((l) => l.trim() === "" || /^[ \t]*>/.test(l));
  let inBlock = false;
  let offset = 0;
  let line = 0;
  while (offset <= content.length) {
    const nl = content.indexOf("\n", offset);
    const end = nl === -1 ? content.length : nl;
    let raw = content.slice(offset, end);
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    let shift = 0;
    if (quoted) {
      const prefix = /^[ \t]*>[ \t]?/.exec(raw)?.[0] ?? "";
      shift = prefix.length;
      raw = raw.slice(shift);
    }
    if (INVISIBLE.test(raw)) {
      INVISIBLE.lastIndex = 0;
      raw = raw.replace(INVISIBLE, (c) => (c >= "\u200b" && c <= "\u200d") || c === "\u2060" || c === "\ufeff" ? "" : " ");
    }
    INVISIBLE.lastIndex = 0;
    // A whole line in another language's comment syntax (`%% Do the thing` in an Elixir block) is a comment still.
    const stripped: { text: string; inBlock: boolean } = !inBlock && style.line.length > 0 && FOREIGN_COMMENT.test(raw) ? { text: "", inBlock: false } : stripLine(raw, style, inBlock);
    inBlock = stripped.inBlock;
    let text = stripped.text.trimEnd();
    // In plain text, a note to the reader at the line's end (`…/edit (no numbers in the ID)`) is prose.
    if (PLAIN_TEXT.has(lang) && text.endsWith(")")) text = text.replace(TRAILING_NOTE, "");
    // In markup, a line of text only (no tag) is an element's content: prose, translated with the page.
    const prose = TEXT_IN_MARKUP.has(lang) && !/[<>]/.test(text);
    if (text.trim() !== "" && !prose) {
      const key = placeholdersOf(text.trim().replace(/[ \t]+/g, " "), lang);
      out.push({ text, key: tightFlow(key), line, offset: offset + shift });
    }
    if (nl === -1) break;
    offset = nl + 1;
    line++;
  }
  return dedent(out);
}

/** The lines without the indentation they all share: a block nested deeper in a list is the same code. */
function dedent(lines: CodeLine[]): CodeLine[] {
  let common = Infinity;
  for (const l of lines) {
    let k = 0;
    while (k < l.text.length && (l.text.charCodeAt(k) === 32 || l.text.charCodeAt(k) === 9)) k++;
    if (k < common) common = k;
  }
  if (common === 0 || common === Infinity) return lines;
  for (const l of lines) {
    l.text = l.text.slice(common);
    l.offset += common;
  }
  return lines;
}

function stripLine(raw: string, style: Style, inBlock: boolean): { text: string; inBlock: boolean } {
  if (style === NONE) return { text: raw, inBlock: false };
  let out = "";
  let i = 0;
  let quote = 0;
  const n = raw.length;
  while (i < n) {
    if (inBlock) {
      const close = raw.indexOf(style.block![1], i);
      if (close === -1) return { text: out, inBlock: true };
      i = close + style.block![1].length;
      inBlock = false;
      out += " ";
      continue;
    }
    const c = raw.charCodeAt(i);
    if (quote !== 0) {
      if (c === 92) {
        out += raw.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === quote) quote = 0;
      out += raw[i];
      i++;
      continue;
    }
    if (c === 34 || c === 96 || (c === 39 && !style.line.includes("'"))) {
      // An apostrophe inside a word (don't) opens no string.
      if (c !== 39 || i === 0 || !/[\p{L}\p{N}]/u.test(raw[i - 1]!)) quote = c;
      out += raw[i];
      i++;
      continue;
    }
    const afterBlank = i === 0 || raw.charCodeAt(i - 1) === 32 || raw.charCodeAt(i - 1) === 9;
    if (style.block && raw.startsWith(style.block[0], i)) {
      inBlock = true;
      i += style.block[0].length;
      continue;
    }
    let comment = false;
    for (const marker of style.line) {
      if (raw.startsWith(marker, i) && (afterBlank || (marker !== "#" && marker !== "//" && marker !== "'" && marker !== "--" && marker !== "%"))) {
        // `#!` shebangs, `#include`, `#region` are code, not comments, in C-like languages; for `#` languages `#!` is kept too.
        if (marker === "#" && raw.charCodeAt(i + 1) === 33 && i === 0) continue;
        comment = true;
        break;
      }
    }
    if (comment) return { text: out, inBlock: false };
    out += raw[i];
    i++;
  }
  return { text: out, inBlock };
}

/** Lines where a blank inside brackets is syntax: shell tests (`[ -f x ]`, `[[ $a ]]`, `[ "$a" = b ]`) and Markdown task items (`- [ ] done`). */
const BRACKET_SYNTAX = /\[\[|\]\]|\[ +(?:-[A-Za-z]{1,2} |!|"?\$)|(?:^|\s)[-*+] \[ \]/;

/**
 * A code line's key with the blanks just inside its brackets and braces removed, outside quoted strings:
 * `emptyDir: { }` and `emptyDir: {}`, `args: [ "-v" ]` and `args: ["-v"]`, `[ 1, 2 ]` and `[1, 2]` are the
 * same value (YAML and JSON flow collections, formatter styles). Decided by the line's text alone, not the
 * fence's language, so that the same line under two labels (```yaml here, ```js there) gives one key. A
 * line where such a blank is syntax ({@link BRACKET_SYNTAX}) is left as is; blanks elsewhere are kept
 * (`Get - Help` for `Get-Help` is damage).
 */
function tightFlow(key: string): string {
  if (!/[[{] | [\]}]/.test(key) || BRACKET_SYNTAX.test(key)) return key;
  let out = "";
  let quote = "";
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    if (quote !== "") {
      if (c === "\\" && quote === '"') {
        out += key.slice(i, i + 2);
        i++;
        continue;
      }
      if (c === quote) quote = "";
      out += c;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    if (c === " " && ((i > 0 && (key[i - 1] === "{" || key[i - 1] === "[")) || key[i + 1] === "}" || key[i + 1] === "]")) continue;
    out += c;
  }
  return out;
}

/** `<PROJECT>`, `<your_github_username>`, `<nombre del proyecto>`, `<プロジェクト>`: a name the reader replaces, which translations translate. */
const PLACEHOLDER = /<([^<>"'=/\\]{1,60})>/g;
/** Markup languages whose lines of bare text are an element's content (prose). */
const TEXT_IN_MARKUP = new Set(["html", "xml", "xaml", "svg", "vue"]);
/** Languages in which `<x>` is markup, never a placeholder. */
const MARKUP = new Set(["html", "xml", "xaml", "svg", "vue", "jsx", "tsx"]);

/**
 * A code line's key with its placeholders made one (`<…>`): an angle-bracketed name in capitals
 * (`<PROJECT>`), or with an underscore, a blank or a letter beyond ASCII, or any name in a shell, console,
 * configuration or text block, is a metavariable the reader fills in, and translating it is no code
 * change. A tag (`<div>`, `<PackageReference>`) in other languages stays as is.
 */
function placeholdersOf(key: string, lang: string): string {
  if (!key.includes("<") || MARKUP.has(lang)) return key;
  // In shells, configuration and plain text `<` is no syntax: every `<name>` is a placeholder (`<your-branch-name>`).
  const any = PLAIN.has(lang);
  return key.replace(PLACEHOLDER, (whole, name: string) => (any ? /\p{L}/u.test(name) : /^[A-Z][A-Z0-9_-]*$/.test(name) || /[_ ]|[^ -~]/.test(name)) ? "<…>" : whole);
}

/** Languages in which `<name>` can only be a placeholder: shells, consoles, configuration, plain text. */
const PLAIN = new Set(["", "sh", "bash", "shell", "zsh", "console", "terminal", "powershell", "ps", "ps1", "pwsh", "cmd", "bat", "batch", "azurecli", "text", "txt", "plaintext", "none", "output", "yaml", "yml", "toml", "ini", "properties", "conf", "env", "dotenv"]);
