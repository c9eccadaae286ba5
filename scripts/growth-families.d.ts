// Types of scripts/growth-families.js, for the tests that import it.
export declare function segment(id: number, translated: string, english: string): string;
export declare function repeat(text: string, size: number): string;
export declare const SYNTAX_CHARACTERS: string[];
export declare function pagesWith(place: "frontmatter" | "heading" | "segment" | "body", payload: string): Record<string, string>;
export interface InputFamily {
  name: string;
  /** The pages (case path → text) holding about `size` characters of the family in docs.de-de/a.md. */
  pages: (size: number) => Record<string, string>;
}
export declare const families: InputFamily[];
