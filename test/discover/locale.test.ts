// Locale tags and locales read from paths.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isLocaleTag, localeFromPath } from "../../src/discover/index.js";
import { classifyFolders, localeFromPublishConfig, normalizeLocaleTag } from "../../src/discover/locale.js";

describe("isLocaleTag", () => {
  it("accepts language, language-region, language-script and language-script-region, in any case", () => {
    for (const tag of ["de", "ja", "de-de", "ja-JP", "zh-hans", "zh-Hant-TW", "sr-latn-rs", "es-419", "en-us", "pt_BR", "fil-ph"]) {
      expect(isLocaleTag(tag), tag).toBe(true);
    }
  });

  it("rejects codes Intl cannot name, special codes, and bare three-letter codes that are common folder names", () => {
    for (const tag of ["js", "xx", "de-xx", "de-zz", "zh-xxxx", "und", "zxx", "src", "bin", "docs", "de-de-de", "", "de-", "1.0"]) {
      expect(isLocaleTag(tag), tag).toBe(false);
    }
  });

  it("normalizes to lower case with hyphens", () => {
    expect(normalizeLocaleTag("zh_Hant_TW")).toBe("zh-hant-tw");
    expect(normalizeLocaleTag("DE-de")).toBe("de-de");
  });
});

describe("classifyFolders", () => {
  it("takes <name>.<locale> families and the plain <name> English tree", () => {
    const layouts = classifyFolders(["docs", "docs.de-de", "docs.ja-jp", "images", "v1.0"]);
    expect(layouts.suffix.get("docs")?.map((r) => r.locale)).toEqual(["de-de", "ja-jp"]);
    expect(layouts.names.has("docs")).toBe(true);
    expect(layouts.folder).toEqual([]);
  });

  it("needs two locale-tag folders for the folder layout, and company for a lone bare-language suffix", () => {
    expect(classifyFolders(["it", "src"]).folder).toEqual([]);
    expect(classifyFolders(["de", "en"]).folder.map((r) => r.locale)).toEqual(["de", "en"]);
    const lone = classifyFolders(["site.de"]);
    expect(lone.suffix.size).toBe(0);
    expect(lone.unsure.map((u) => u.root.name)).toEqual(["site.de"]);
    expect(classifyFolders(["site.de", "site"]).suffix.get("site")?.length).toBe(1);
  });
});

describe("localeFromPublishConfig", () => {
  it("reads the docsets' single locale", () => {
    const config = { docsets_to_publish: [{ locale: "de-DE" }, { locale: "de-de" }] };
    expect(localeFromPublishConfig(`\uFEFF${JSON.stringify(config)}`)).toBe("de-de");
  });

  it("returns null for several locales, an invalid one, or broken JSON", () => {
    expect(localeFromPublishConfig(JSON.stringify({ docsets_to_publish: [{ locale: "de-de" }, { locale: "fr-fr" }] }))).toBeNull();
    expect(localeFromPublishConfig(JSON.stringify({ docsets_to_publish: [{ locale: "klingon" }] }))).toBeNull();
    expect(localeFromPublishConfig("{")).toBeNull();
  });
});

describe("localeFromPath", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "loclint-locale-"));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  const mkdirs = (...dirs: string[]) => {
    for (const d of dirs) fs.mkdirSync(path.join(tmp, d), { recursive: true });
  };

  it("reads <name>.<locale> folders, preferring the publish config's locale", () => {
    mkdirs("docs.de-de/articles", "docs.pt-pt");
    fs.writeFileSync(path.join(tmp, "docs.pt-pt/.openpublishing.publish.config.json"), JSON.stringify({ docsets_to_publish: [{ locale: "pt-br" }] }));
    expect(localeFromPath(path.join(tmp, "docs.de-de/articles/a.md"))).toEqual({ locale: "de-de", root: path.join(tmp, "docs.de-de"), layout: "suffix" });
    expect(localeFromPath(path.join(tmp, "docs.pt-pt/a.md"))?.locale).toBe("pt-br");
  });

  it("reads <parent>/<locale>/ folders that have a locale-tag sibling folder", () => {
    mkdirs("docs/de-de/guide", "docs/en-us");
    expect(localeFromPath(path.join(tmp, "docs/de-de/guide/a.md"))).toEqual({ locale: "de-de", root: path.join(tmp, "docs/de-de"), layout: "folder" });
    expect(localeFromPath(path.join(tmp, "docs/en-us/a.md"))?.locale).toBe("en-us");
  });

  it("does not take a lone it/ folder, a lone site.de folder or a file name for a locale", () => {
    mkdirs("i18n/it", "web/site.de", "notes");
    fs.writeFileSync(path.join(tmp, "notes/readme.de"), "");
    expect(localeFromPath(path.join(tmp, "i18n/it/a.md"))).toBeNull();
    expect(localeFromPath(path.join(tmp, "web/site.de/a.md"))).toBeNull();
    expect(localeFromPath(path.join(tmp, "notes/readme.de"))).toBeNull();
  });

  it("takes a lone site.de folder whose publish config names its locale", () => {
    mkdirs("web/site.de");
    fs.writeFileSync(path.join(tmp, "web/site.de/.openpublishing.publish.config.json"), JSON.stringify({ docsets_to_publish: [{ locale: "de-de" }] }));
    expect(localeFromPath(path.join(tmp, "web/site.de/a.md"))).toEqual({ locale: "de-de", root: path.join(tmp, "web/site.de"), layout: "suffix" });
  });
});
