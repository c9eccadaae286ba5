import { it } from "vitest";
import { LocalizedFile } from "../src/parse/file.js";
import { alignBlocks } from "../src/align/blocks.js";
import { alignBlocks as seq } from "../src/align/align.js";
it("prof2", () => {
  const rel = "partner-center/announcements/2020-april.md";
  const mk = (l: string) => LocalizedFile.read({ path: `/work/shared/corpus/live/${l}/${rel}`, displayPath: rel, locale: l, relPath: rel, root: "", isSource: false });
  const a = mk("partner-center-pr.de-de"), b = mk("partner-center-pr.ja-jp");
  let t0 = performance.now(); a.markdown; b.markdown; console.log("scan", performance.now() - t0);
  t0 = performance.now(); const x = alignBlocks(a), y = alignBlocks(b); console.log("blocks", performance.now() - t0);
  for (let k = 0; k < 3; k++) { t0 = performance.now(); const p = seq(x, y); console.log("align", performance.now() - t0, p.length); }
  const uniq = (bs: typeof x) => { const c = new Map<string, number>(); for (const q of bs) if (q.tokens.length) c.set(q.kind + q.key, (c.get(q.kind + q.key) ?? 0) + 1); return [...c.values()].filter((v) => v === 1).length; };
  console.log("unique", uniq(x), uniq(y), x.filter(q=>q.tokens.length).length);
  console.log(x.slice(0, 8).map((q) => q.kind + " " + q.tokens.join(",")).join("\n"));
  console.log(y.slice(0, 8).map((q) => q.kind + " " + q.tokens.join(",")).join("\n"));
});
