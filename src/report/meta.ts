// Rule metadata in ESLint's shape (`context.rulesMeta` of a formatter, `metadata.rulesMeta` of json-with-metadata).
import type { LintResult, RuleDescriptor } from "../types.js";
import { ruleDocUrl, type FormatOptions } from "./shared.js";

/** ESLint's `RuleMetaData`, the parts formatters read, plus loclint's default severity and scope. */
export interface RuleMeta {
  /** "problem" for rules that default to error, "suggestion" for those that default to warning. */
  type: "problem" | "suggestion";
  docs: { description: string; url?: string; recommended: true };
  /** "code" when the rule has fixes, as in ESLint; absent otherwise. */
  fixable?: "code";
  defaultSeverity: "error" | "warn";
  scope: "file" | "siblings";
}

function metaOf(rule: RuleDescriptor, options: FormatOptions): RuleMeta {
  const url = ruleDocUrl(rule.id, options);
  const meta: RuleMeta = {
    type: rule.defaultSeverity === "error" ? "problem" : "suggestion",
    docs: url ? { description: rule.description, url, recommended: true } : { description: rule.description, recommended: true },
    defaultSeverity: rule.defaultSeverity,
    scope: rule.scope,
  };
  if (rule.fixable) meta.fixable = "code";
  return meta;
}

/**
 * Metadata for every rule that was on, and for every id that a finding carries: a wrapped linter's
 * ids (`markdownlint/MD051`) take the wrapping rule's metadata, as ESLint gives a rule's for each message.
 */
export function rulesMetaOf(result: LintResult, options: FormatOptions): Record<string, RuleMeta> {
  const meta: Record<string, RuleMeta> = {};
  for (const rule of result.rules) meta[rule.id] = metaOf(rule, options);
  for (const file of result.results) {
    for (const finding of file.findings) {
      if (Object.hasOwn(meta, finding.ruleId)) continue;
      const parent = finding.ruleId.includes("/") ? meta[finding.ruleId.slice(0, finding.ruleId.indexOf("/"))] : undefined;
      if (parent) meta[finding.ruleId] = { ...parent, docs: { ...parent.docs } };
    }
  }
  return meta;
}
