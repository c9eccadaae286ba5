// yamlMarkdownView: Markdown kept in double-quoted YAML strings is scanned with offsets into the original text.
import { describe, expect, it } from "vitest";
import { scanMarkdown } from "../../src/parse/markdown.js";
import { yamlMarkdownView } from "../../src/parse/yaml-file.js";

describe("yamlMarkdownView", () => {
  const text =
    'summary: "Zahlungen :::image type=\\"content\\" source=\\"images/zahlung.png\\" alt-text=\\"Bild\\":::\\n\\n' +
    '## <a name=\\"faq-1\\"></a>Frage\\n[Antwort](y.md#faq-1)"\n';

  it("keeps the length, so offsets point into the original text", () => {
    expect(yamlMarkdownView(text).length).toBe(text.length);
  });

  it("reads escaped attribute quotes as quotes, with no blank inside the value", () => {
    const scan = scanMarkdown(yamlMarkdownView(text), 0);
    expect(scan.links.map((l) => l.target)).toEqual(["images/zahlung.png", "y.md#faq-1"]);
    expect(scan.anchors.map((a) => a.name)).toEqual(["faq-1"]);
    const image = scan.links[0]!;
    expect(text.slice(image.offset, image.offset + "images/zahlung.png".length)).toBe("images/zahlung.png");
  });

  it("leaves text without escapes alone", () => {
    const plain = "- name: Übersicht\n  href: overview.md\n";
    expect(yamlMarkdownView(plain)).toBe(plain);
  });
});
