import { it } from "vitest";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { LocalizedFile } from "../src/parse/file.js";
import { alignBlocks } from "../src/align/blocks.js";
import { alignBlocks as seq } from "../src/align/align.js";
it("prof", () => {
  const root = "/work/shared/corpus/live";
  const locales = readdirSync(root);
  const rels: string[] = [];
  const walk = (d: string, rel: string) => { for (const e of readdirSync(d)) { const p = path.join(d, e); if (statSync(p).isDirectory()) walk(p, rel + e + "/"); else if (e.endsWith(".md")) rels.push(rel + e); } };
  walk(path.join(root, locales[0]!), "");
  let tb = 0, ta = 0, n = 0, worst = 0, worstName = "";
  for (const rel of rels) {
    const files = locales.map((l) => { try { statSync(path.join(root, l, rel)); } catch { return null; } return LocalizedFile.read({ path: path.join(root, l, rel), displayPath: rel, locale: l, relPath: rel, root: path.join(root, l), isSource: false }); }).filter((f): f is LocalizedFile => f !== null);
    let t0 = performance.now();
    const bl = files.map((f) => alignBlocks(f));
    tb += performance.now() - t0;
    for (let i = 0; i < bl.length; i++) for (let j = 0; j < bl.length; j++) if (i !== j) {
      t0 = performance.now();
      seq(bl[i]!, bl[j]!);
      const dt = performance.now() - t0; ta += dt; n++;
      if (dt > worst) { worst = dt; worstName = rel + " " + bl[i]!.length + "x" + bl[j]!.length; }
    }
  }
  console.log({ tb, ta, n, worst, worstName });
});
