// The text of `loclint --help`.
import type { Rule } from "../engine/rule.js";

export function helpText(rules: readonly Rule<object>[]): string {
  return `Usage: loclint [options] [paths...]

Checks localized documentation against its siblings in other locales (and the English source):
ms.openlocfilehash, metadata, side-by-side segments, links and anchors. Paths are files or folders
(default: the working folder); a file is always compared with its siblings on disk.

Options:
  -f, --format <name>        stylish (default), compact, json, json-with-metadata, sarif,
                             github, junit, html, markdown, status-json (locale health
                             report); or an ESLint formatter: a file path, or a package
                             installed where loclint runs ("gitlab" is eslint-formatter-gitlab)
  -o, --output-file <file>   write the report to a file instead of standard output
      --summary-file <file>  also append the Markdown health summary (--format markdown) to a
                             file, such as $GITHUB_STEP_SUMMARY
  -c, --config <file>        use this configuration file instead of looking one up
      --rule <id:severity>   set a rule's severity (off, warn, error); repeatable
      --quiet                report errors only: warnings are neither listed nor counted
      --max-warnings <n>     exit 1 when there are more than n warnings (not with --quiet)
      --fix                  apply the fixes of fixable rules (files written atomically;
                             BOM, line endings and mode kept; unchanged files untouched)
      --fix-dry-run          print the fixes as a unified diff instead of writing them,
                             then the report of the findings they leave
      --baseline <file>      report only findings not recorded in this baseline file
      --write-baseline <file>  record today's findings in a baseline file (and report none)
      --cache                skip sibling groups unchanged since the last run (size, mtime)
      --cache-location <path>  cache file, or folder for .loclintcache (default: ./.loclintcache)
      --print-config <file>  print the configuration that applies to a file, with its
                             locale, siblings and reference
      --workers <n>          threads that lint, the main one included (default: one per 1.5 cores for large runs)
      --staged               lint the files staged in git, as staged (paths narrow the set)
      --changed-since <ref>  lint the files changed since the merge base of <ref> and HEAD
                             (commits, edits and untracked files), the localized copies of
                             changed, deleted or moved English files, and files naming renamed
                             or deleted files
      --only-changed-lines   with --staged or --changed-since: report changed lines only
      --shard <i/n>          lint shard i of n (sibling groups split by a hash of their path)
      --ignore-unknown       skip given files that are not localized files or that the settings leave out, silently
      --color, --no-color    force or disable colours (NO_COLOR is honoured)
  -h, --help                 show this help
  -v, --version              print the version

Exit codes: 0 no errors; 1 errors found (or too many warnings); 2 usage, configuration or internal error,
or something asked for could not be linted (reported after the rest).

Rules (${rules.length}):
${rules.map((r) => `  ${r.id.padEnd(28)} ${r.description}`).join("\n")}
`;
}
