// The tree's rules of the house (docs/architecture.md): no import circles, and each outside library in its one room.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

const files = [...sourceFiles(path.join(root, "src")), ...sourceFiles(path.join(root, "rules"))];

/** Value imports (type-only imports vanish when compiled, so they cannot form a circle at run time). */
function importsOf(file: string): { relative: string[]; packages: string[] } {
  const text = fs.readFileSync(file, "utf8");
  const relative: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)) {
    if (m[1]) continue;
    const spec = m[2]!;
    if (spec.startsWith(".")) relative.push(path.resolve(path.dirname(file), spec).replace(/\.js$/, ".ts"));
    else packages.push(spec);
  }
  for (const m of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) {
    if (m[1]!.startsWith(".")) relative.push(path.resolve(path.dirname(file), m[1]!).replace(/\.js$/, ".ts"));
  }
  return { relative, packages };
}

describe("architecture", () => {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));

  it("has no import circles", () => {
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, "open");
      stack.push(file);
      for (const next of graph.get(file)?.relative ?? []) {
        if (!graph.has(next)) continue;
        if (state.get(next) === "open") circles.push([...stack.slice(stack.indexOf(next)), next].map((f) => path.relative(root, f)).join(" -> "));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, "done");
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(circles).toEqual([]);
  });

  it("keeps chalk in the stylish formatter and parse5 in the parser", () => {
    const rooms: Record<string, (rel: string) => boolean> = {
      chalk: (rel) => rel === "src/report/stylish.ts",
      parse5: (rel) => rel.startsWith("src/parse/"),
    };
    const strays: string[] = [];
    for (const [file, { packages }] of graph) {
      const rel = path.relative(root, file);
      for (const p of packages) if (rooms[p] && !rooms[p](rel)) strays.push(`${rel} imports ${p}`);
    }
    expect(strays).toEqual([]);
  });

  it("reads and writes files' content only through the file layer (src/fs)", () => {
    // Listing folders and stat-ing paths cannot block or grow without bound; opening, reading and writing can.
    const raw = /\b(?:readFileSync|readFile|writeFileSync|writeFile|appendFileSync|appendFile|openSync|open|createReadStream|createWriteStream|renameSync|rename|truncateSync|copyFileSync)\b\s*\(/;
    const fsImport = /\bfrom\s+["']node:fs(?:\/promises)?["']|\bimport\(\s*["']node:fs/;
    const strays: string[] = [];
    for (const file of files) {
      const rel = path.relative(root, file);
      if (rel.startsWith("src/fs/")) continue;
      const text = fs.readFileSync(file, "utf8");
      if (!fsImport.test(text)) continue;
      text.split("\n").forEach((line, i) => {
        if (raw.test(line) && !/^\s*(?:\/\/|\*)/.test(line)) strays.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(strays).toEqual([]);
  });

  it("quotes values in finding messages with quote(), never by writing \"${...}\" by hand", () => {
    // A hand-written quote has no range, so the HTML report cannot isolate the value (docs/design.md, "Quoted values").
    const strays: string[] = [];
    for (const file of files) {
      const rel = path.relative(root, file);
      if (!/^(?:rules\/|src\/(?:parse|align|shared|engine)\/)/.test(rel) || rel === "src/engine/lint-group.ts") continue;
      fs.readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          // Option validation messages are configuration errors, not findings.
          if (line.includes('"${') && !/return `"\$\{key\}" must be/.test(line)) strays.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(strays).toEqual([]);
  });

  it("keeps the engine free of the command line and the formatters", () => {
    const strays: string[] = [];
    for (const [file, { relative }] of graph) {
      const rel = path.relative(root, file);
      // The package entry re-exports the command for embedding; the command and formatters sit on top.
      if (rel === "src/index.ts" || rel.startsWith("src/cli/") || rel.startsWith("src/report/")) continue;
      for (const target of relative) {
        const to = path.relative(root, target);
        if (to.startsWith("src/cli/") || to.startsWith("src/report/")) strays.push(`${rel} imports ${to}`);
      }
    }
    expect(strays).toEqual([]);
  });
});
