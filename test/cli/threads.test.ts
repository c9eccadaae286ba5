// The built command with one, two and three linting threads: the same report, byte for byte, whichever
// thread linted which group (groups are linted in tasks of 16, so 40 groups make three tasks).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { page } from "../rule-tester.js";

const bin = path.resolve(import.meta.dirname, "../../bin/loclint.js");
let dir: string;

const locales = [
  { folder: "de-de", tag: "de-DE", heading: "Einrichtung", anchor: "einrichtung" },
  { folder: "ja-jp", tag: "ja-JP", heading: "セットアップ", anchor: "セットアップ" },
  { folder: "ar-sa", tag: "ar-SA", heading: "الإعداد", anchor: "الإعداد" },
];

function write(rel: string, content: string) {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

function report(workers: number): string {
  const out = path.join(dir, `report-${workers}.json`);
  const r = spawnSync(process.execPath, [bin, ".", "--format", "json", "--output-file", out, "--workers", String(workers)], { cwd: dir, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(1);
  return readFileSync(out, "utf8");
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "loclint-threads-"));
  for (let i = 0; i < 40; i++) {
    for (const l of locales) {
      // Pages 5, 20 and 35 (one in each task) share a de-de ms.locfileid: judged after every thread is done,
      // and each finding names the two others in an order that must not depend on which thread finished first.
      const locfileid = l.folder === "de-de" && (i === 5 || i === 20 || i === 35) ? "424242" : String(100000 + i);
      // Every seventh Arabic page translates the anchor the other locales keep.
      const anchor = l.folder === "ar-sa" && i % 7 === 0 ? l.anchor : "setup";
      const body = `# ${l.heading} ${i}\n\n<a name="${anchor}"></a>\n## ${l.heading}\n\n[${l.heading}](page-${(i + 1) % 40}.md#setup)\n`;
      write(
        `docs.${l.folder}/guide/page-${i}.md`,
        page(
          {
            title: `${l.heading} ${i}`,
            "ms.openlocfilehash": "2f1e0c4b9a7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f",
            "ms.contentlocale": l.tag,
            "ms.locfileid": locfileid,
          },
          body,
        ),
      );
    }
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("linting threads", () => {
  it("gives the same report with one, two and three threads", () => {
    const one = report(1);
    const findings = (JSON.parse(one) as { messages: { ruleId: string }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(findings.filter((id) => id === "locfileid-duplicate")).toHaveLength(3);
    expect(findings.filter((id) => id === "anchor-translated")).toHaveLength(6);
    expect(report(2)).toBe(one);
    expect(report(3)).toBe(one);
  });
});
