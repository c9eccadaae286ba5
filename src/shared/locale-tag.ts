// Locale tags (`de-de`, `zh_Hans`, `ko`): what a folder name, a path segment or a file suffix names, checked with Intl.
const TAG = /^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?$/i;
/** Codes Intl can name that are not languages a doc set is written in. */
const NOT_LANGUAGES = new Set(["mis", "mul", "und", "zxx"]);
/**
 * Locales doc sets are commonly published in, accepted without asking Intl: Intl.DisplayNames costs
 * about 12 ms on first use, a tenth of a pre-commit hook's run. Every tag here is one Intl can name.
 */
const COMMON_LOCALES = new Set(
  (
    "ar-sa bg-bg ca-es cs-cz da-dk de-at de-ch de-de el-gr en-au en-ca en-gb en-in en-us es-es es-mx et-ee eu-es " +
    "fi-fi fr-ca fr-fr gl-es he-il hi-in hr-hr hu-hu id-id is-is it-it ja-jp kk-kz ko-kr lt-lt lv-lv ms-my nb-no " +
    "nl-be nl-nl pl-pl pt-br pt-pt ro-ro ru-ru sk-sk sl-si sr-cyrl-rs sr-latn-rs sv-se th-th tr-tr uk-ua vi-vn " +
    "zh-cn zh-hk zh-tw zh-hans zh-hant ar de en es fr he it ja ko nl pl pt ru sv tr zh"
  ).split(" "),
);

let displayNames: { language: Intl.DisplayNames; script: Intl.DisplayNames; region: Intl.DisplayNames } | undefined;
const tagCache = new Map<string, string | null>();

/**
 * True for `ll`, `ll-rr`, `ll-ssss` and `ll-ssss-rr` (case-insensitive, `-` or `_`) where Intl can name
 * the language, script and region. A three-letter language needs a script or region (`fil-ph`), so
 * folders such as `src` (Sardinian) or `bin` (Bini) are not taken for locales.
 */
export function isLocaleTag(s: string): boolean {
  return normalizeLocaleTag(s) !== null;
}

/** The tag lower-cased with `-` separators (`zh_Hans` → `zh-hans`), or null when `s` is not a locale tag. */
export function normalizeLocaleTag(s: string): string | null {
  const cached = tagCache.get(s);
  if (cached !== undefined) return cached;
  const lower = s.toLowerCase().replace(/_/g, "-");
  if (COMMON_LOCALES.has(lower)) {
    tagCache.set(s, lower);
    return lower;
  }
  const match = TAG.exec(s);
  // Only strings shaped like tags are cached, so the cache stays small whatever folder names it sees.
  if (!match) return null;
  const [, language = "", script, region] = match;
  const valid =
    (language.length === 2 || script !== undefined || region !== undefined) &&
    !NOT_LANGUAGES.has(language.toLowerCase()) &&
    canName("language", language) &&
    (script === undefined || (script.toLowerCase() !== "zzzz" && canName("script", script))) &&
    (region === undefined || (region.toLowerCase() !== "zz" && canName("region", region)));
  const tag = valid ? [language, script, region].filter((p) => p !== undefined).join("-").toLowerCase() : null;
  tagCache.set(s, tag);
  return tag;
}

function canName(type: "language" | "script" | "region", code: string): boolean {
  displayNames ??= {
    language: new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }),
    script: new Intl.DisplayNames(["en"], { type: "script", fallback: "none" }),
    region: new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }),
  };
  // Intl wants canonical case: `de`, `Hans`, `DE`.
  const canonical =
    type === "language" ? code.toLowerCase() : type === "script" ? code[0]!.toUpperCase() + code.slice(1).toLowerCase() : code.toUpperCase();
  try {
    const name = displayNames[type].of(canonical);
    return name !== undefined && name.toLowerCase() !== code.toLowerCase();
  } catch {
    return false;
  }
}
