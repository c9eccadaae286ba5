// The `--rule <id>:<severity>` command-line flag.
import type { Severity } from "../types.js";
import { ConfigError, describeValue, isPlainObject, quote } from "./errors.js";
import type { RuleSetting } from "./types.js";
import { parseSeverity, severityProblem } from "./validate.js";

/**
 * Parses one `--rule` value: `id:severity` (`off`, `warn`, `error` or 0, 1, 2), `id:severity:{"option":1}`,
 * or `id:["warn",{"option":1}]`. Whether the rule exists is checked later, by `loadConfig`.
 * @throws ConfigError `--rule "<flag>": <problem>` when the text is malformed.
 */
export function parseRuleFlag(flag: string): [string, RuleSetting] {
  const text = flag.trim();
  const colon = text.indexOf(":");
  const id = colon < 0 ? text : text.slice(0, colon).trim();
  const fail = (problem: string): ConfigError =>
    new ConfigError(`--rule ${quote(flag)}: ${problem}`, null, id === "" || /\s/.test(id) ? null : id);
  if (colon < 0 || id === "" || /\s/.test(id)) {
    throw fail(`expected "<rule-id>:<severity>", such as "anchor-names:warn"`);
  }
  const rest = text.slice(colon + 1).trim();
  if (rest.startsWith("[")) {
    const value = parseJson(rest, fail);
    if (!Array.isArray(value) || value.length < 1 || value.length > 2) {
      throw fail(`expected [severity] or [severity, options] after the rule id, found ${describeValue(value)}`);
    }
    const severity = toSeverity(value[0], fail);
    if (value.length === 1) return [id, severity];
    return [id, [severity, toOptions(value[1], fail)]];
  }
  const split = rest.indexOf(":");
  const severityText = (split < 0 ? rest : rest.slice(0, split)).trim();
  if (severityText === "") throw fail(`missing severity; expected "off", "warn" or "error" (or 0, 1, 2)`);
  const severity = toSeverity(/^\d+$/.test(severityText) ? Number(severityText) : severityText.toLowerCase(), fail);
  if (split < 0) return [id, severity];
  return [id, [severity, toOptions(parseJson(rest.slice(split + 1).trim(), fail), fail)]];
}

function toSeverity(value: unknown, fail: (problem: string) => ConfigError): Severity {
  const severity = parseSeverity(value);
  if (severity === null) throw fail(severityProblem(value));
  return severity;
}

function toOptions(value: unknown, fail: (problem: string) => ConfigError): Record<string, unknown> {
  if (!isPlainObject(value)) throw fail(`options must be a JSON object, found ${describeValue(value)}`);
  return value;
}

function parseJson(text: string, fail: (problem: string) => ConfigError): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw fail(`invalid JSON: ${(error as Error).message}`);
  }
}
