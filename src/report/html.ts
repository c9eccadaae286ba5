// The locale health report: one self-contained HTML page (status per locale, how far behind, what to fix first, every finding).
import type { FileResult, LintResult } from "../types.js";
import { RULE_FAMILIES, RULE_FAMILY_TITLES, type FileStatus, type LocaleStatus, type RuleFamily, type RunStatus } from "../pipeline/status.js";
import { clampPosition, displayPathOf, englishChanges, noticesOf, pluralize, ruleDocUrl, sortResults, statusOf, wellFormedValues, type FormatOptions } from "./shared.js";
import { maxOf } from "../shared/arrays.js";

/** Findings written as table rows in the page itself, for readers without JavaScript; the script pages through all. */
export const STATIC_FINDING_ROWS = 200;
/** Rows per page of the findings list. */
const PAGE_SIZE = 100;
/** Pages listed per locale under "furthest behind", and files per rule under "errors by rule". */
const FIX_FIRST_PAGES = 10;
const FILES_PER_RULE = 5;
/** Families shown in the table: `other` only when some finding falls in it. */
const SHOWN_FAMILIES = RULE_FAMILIES.filter((f) => f !== "other");

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

/**
 * A message for the page: the text alone, or when it quotes values, its pieces alternating text and quoted
 * value (`["Expected ", "a\"b", " but found ", "c", ""]`), cut at the engine's quoted ranges, never at a `"`
 * (a quoted value may hold one).
 */
type MessageParts = string | string[];

function messageParts(message: string, quoted: readonly [number, number][] | undefined): MessageParts {
  // Ranges as the engine makes them: in order, apart, each between two `"`; any other is ignored.
  const ranges = (quoted ?? []).filter(
    ([start, end], i, all) => start <= end && message[start - 1] === '"' && message[end] === '"' && (i === 0 || start > all[i - 1]![1]),
  );
  if (ranges.length === 0) return message;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    // The quote marks around the value belong to neither piece: the page writes them.
    parts.push(message.slice(at, start - 1), message.slice(start, end));
    at = end + 1;
  }
  parts.push(message.slice(at));
  return parts;
}

/**
 * A message as HTML: each quoted value isolated in <bdi>, so a right-to-left value (Arabic, Hebrew) keeps
 * its own direction without reordering the English words and quotes around it.
 */
function messageHtml(message: MessageParts): string {
  if (typeof message === "string") return escapeHtml(message);
  return message.map((p, i) => (i % 2 === 1 ? `"<bdi>${escapeHtml(p)}</bdi>"` : escapeHtml(p))).join("");
}

function fmt(n: number): string {
  return n.toLocaleString("en-US");
}

/** "1 error", "1,200 errors". */
function count(n: number, word: string): string {
  return pluralize(n, word).replace(/^\d+/, fmt(n));
}

/** Column figures of the locale table, and which are the worst of each column. */
interface Column {
  key: string;
  title: string;
  /** Bigger is worse; null for columns that are not judged (files, current). */
  value: (l: LocaleStatus) => number | null;
  judged: boolean;
}

function columnsFor(status: RunStatus): Column[] {
  const families: RuleFamily[] = status.totals.findings.other > 0 ? [...SHOWN_FAMILIES, "other"] : [...SHOWN_FAMILIES];
  return [
    { key: "files", title: "Files", value: (l) => l.files, judged: false },
    { key: "current", title: "Current", value: (l) => l.current, judged: false },
    { key: "behind", title: "Behind", value: (l) => l.behind, judged: true },
    { key: "orphaned", title: "Orphaned", value: (l) => l.orphaned, judged: true },
    { key: "missing", title: "Missing", value: (l) => l.missing, judged: true },
    { key: "untracked", title: "Untracked", value: (l) => l.untracked, judged: true },
    ...families.map((f): Column => ({ key: `family-${f}`, title: RULE_FAMILY_TITLES[f], value: (l) => l.findings[f], judged: true })),
    { key: "errors", title: "Errors", value: (l) => l.errors, judged: true },
    { key: "warnings", title: "Warnings", value: (l) => l.warnings, judged: true },
  ];
}

function localeTable(status: RunStatus): string {
  const columns = columnsFor(status);
  const worst = new Map(columns.map((c) => [c.key, Math.max(0, maxOf(status.locales.map((l) => c.value(l) ?? 0)))]));
  const cell = (c: Column, l: LocaleStatus): string => {
    const v = c.value(l);
    if (v === null) return `<td data-col="${c.key}" title="not known in this run">—</td>`;
    const max = worst.get(c.key)!;
    const cls = c.judged && v > 0 ? (v === max && status.locales.length > 1 ? "worst" : "bad") : "";
    const share = l.files > 0 && ["current", "behind", "orphaned", "untracked"].includes(c.key) ? ` <span class="pct">${Math.round((v * 100) / l.files)}%</span>` : "";
    return `<td data-col="${c.key}"${cls ? ` class="${cls}"` : ""}>${fmt(v)}${share}</td>`;
  };
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c.title)}</th>`).join("");
  const rows = status.locales
    .map((l) => `<tr data-locale="${escapeHtml(l.locale)}"><th scope="row"><a href="#locale-${escapeHtml(l.locale)}">${escapeHtml(l.locale)}</a></th>${columns.map((c) => cell(c, l)).join("")}</tr>`)
    .join("\n");
  const totals = status.totals;
  const total = { ...totals, locale: "", roots: [], rules: {}, fileStatuses: [] } as LocaleStatus;
  const foot = `<tr class="total"><th scope="row">All locales</th>${columns.map((c) => {
    const v = c.value(total);
    return `<td data-col="${c.key}">${v === null ? "—" : fmt(v)}</td>`;
  }).join("")}</tr>`;
  return `<table id="locales" class="figures">
<caption>Files per status and findings per rule family, by locale. The worst figure of each column is marked <span class="worst legend">like this</span>; other non-zero problem figures <span class="bad legend">like this</span>.${status.totals.missing === null ? " Missing pages (English pages with no translation) are not known in this run: —." : ""}</caption>
<thead><tr><th scope="col">Locale</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot>${foot}</tfoot>
</table>`;
}

/** How far behind a behind file is, for the chart's buckets: a few commits or days, more, or not known. */
function behindBucket(f: FileStatus): "near" | "far" | "unknown" {
  if (f.commitsBehind !== null) return f.commitsBehind <= 5 ? "near" : "far";
  if (f.daysBehind !== null) return f.daysBehind <= 30 ? "near" : "far";
  return "unknown";
}

const CHART_PARTS = [
  { key: "current", label: "current", color: "#2e7d32" },
  { key: "near", label: "behind ≤ 5 commits or ≤ 30 days", color: "#f9a825" },
  { key: "far", label: "behind more", color: "#e65100" },
  { key: "unknown", label: "behind (amount not known)", color: "#bf7b00" },
  { key: "orphaned", label: "orphaned", color: "#6a1b9a" },
  { key: "missing", label: "missing", color: "#b71c1c" },
  { key: "untracked", label: "untracked", color: "#757575" },
] as const;

function chart(status: RunStatus): string {
  if (status.locales.length === 0) return "";
  const rowHeight = 26;
  const labelWidth = 80;
  const barWidth = 560;
  const noteWidth = 300;
  const width = labelWidth + barWidth + noteWidth;
  const height = status.locales.length * rowHeight + 8;
  const bars: string[] = [];
  status.locales.forEach((l, i) => {
    const counts: Record<string, number> = { current: l.current, near: 0, far: 0, unknown: 0, orphaned: l.orphaned, missing: l.missing ?? 0, untracked: l.untracked };
    let maxCommits = 0;
    let maxDays = 0;
    for (const f of l.fileStatuses) {
      if (f.status !== "behind") continue;
      counts[behindBucket(f)]!++;
      maxCommits = Math.max(maxCommits, f.commitsBehind ?? 0);
      maxDays = Math.max(maxDays, f.daysBehind ?? 0);
    }
    const all = Object.values(counts).reduce((a, b) => a + b, 0) || 1;
    const y = 4 + i * rowHeight;
    let x = labelWidth;
    bars.push(`<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" class="label">${escapeHtml(l.locale)}</text>`);
    for (const part of CHART_PARTS) {
      const n = counts[part.key]!;
      if (n === 0) continue;
      const w = (n / all) * barWidth;
      bars.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${Math.max(w, 1).toFixed(1)}" height="${rowHeight - 6}" fill="${part.color}"><title>${escapeHtml(`${l.locale}: ${fmt(n)} ${part.label} (${Math.round((n * 100) / all)}%)`)}</title></rect>`);
      x += w;
    }
    const behind = l.behind;
    const furthest = [maxCommits ? `${fmt(maxCommits)} commits` : "", maxDays ? `${fmt(maxDays)} days` : ""].filter(Boolean).join(", ");
    const note = behind ? `${fmt(behind)} behind${furthest ? `; furthest ${furthest}` : ""}` : "none behind";
    bars.push(`<text x="${labelWidth + barWidth + 8}" y="${y + 16}" class="note">${escapeHtml(note)}</text>`);
  });
  const legend = CHART_PARTS.map((p) => `<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${p.color}"/></svg> ${escapeHtml(p.label)}</li>`).join("");
  return `<figure class="chart">
<svg role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">
<title id="chart-title">Share of each locale's files by status; behind files split by how far behind they are</title>
${bars.join("\n")}
</svg>
<figcaption><ul class="legend">${legend}</ul></figcaption>
</figure>`;
}

function changesCell(f: FileStatus, status: RunStatus): string {
  const changes = englishChanges(f, status.docSets);
  if (!changes) return "—";
  return changes.url ? `<a href="${escapeHtml(changes.url)}">compare</a>` : `<code class="command">${escapeHtml(changes.command)}</code>`;
}

function fixFirst(l: LocaleStatus, status: RunStatus, results: readonly FileResult[], options: FormatOptions): string {
  const behind = l.fileStatuses
    .filter((f) => f.status === "behind" || f.status === "orphaned")
    .sort((a, b) => (b.commitsBehind ?? -1) - (a.commitsBehind ?? -1) || (b.daysBehind ?? -1) - (a.daysBehind ?? -1) || (a.path < b.path ? -1 : 1));
  const parts: string[] = [];
  if (behind.length > 0) {
    const rows = behind
      .slice(0, FIX_FIRST_PAGES)
      .map(
        (f) =>
          `<tr><th scope="row" dir="ltr">${escapeHtml(f.path)}</th><td>${f.status}</td><td>${f.commitsBehind ?? "—"}</td><td>${f.latestCommit ? `<code>${escapeHtml(f.latestCommit.slice(0, 12))}</code>` : "—"}</td><td>${f.daysBehind ?? "—"}</td><td>${changesCell(f, status)}</td><td>${f.reasons.map((r) => ruleLink(r, options)).join(", ")}</td></tr>`,
      )
      .join("\n");
    const more = behind.length > FIX_FIRST_PAGES ? `<p class="more">…and ${fmt(behind.length - FIX_FIRST_PAGES)} more pages behind or orphaned (filter the findings below by rule).</p>` : "";
    parts.push(`<h4>Furthest behind</h4>
<table class="list"><thead><tr><th scope="col">Page</th><th scope="col">Status</th><th scope="col">English commits since</th><th scope="col">Latest English commit</th><th scope="col">Days behind</th><th scope="col">English changes</th><th scope="col">Found by</th></tr></thead>
<tbody>
${rows}
</tbody></table>${more}`);
  }
  // Errors by rule: which rules break the most files in this locale.
  const byRule = new Map<string, Map<string, number>>();
  for (const r of results) {
    if (r.locale !== l.locale) continue;
    for (const f of r.findings) {
      if (f.severity !== "error") continue;
      const files = byRule.get(f.ruleId) ?? new Map<string, number>();
      files.set(r.displayPath, (files.get(r.displayPath) ?? 0) + 1);
      byRule.set(f.ruleId, files);
    }
  }
  if (byRule.size > 0) {
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const rules = [...byRule].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1));
    const items = rules
      .map(([rule, files]) => {
        const sorted = [...files].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        const shown = sorted.slice(0, FILES_PER_RULE).map(([p, n]) => `<li><span dir="ltr">${escapeHtml(p)}</span> (${fmt(n)})</li>`).join("");
        const more = sorted.length > FILES_PER_RULE ? `<li class="more">…and ${fmt(sorted.length - FILES_PER_RULE)} more files</li>` : "";
        return `<li>${ruleLink(rule, options)}: ${count(total(files), "error")} in ${count(files.size, "file")}<ul>${shown}${more}</ul></li>`;
      })
      .join("\n");
    parts.push(`<h4>Errors by rule</h4>\n<ul class="rules">\n${items}\n</ul>`);
  }
  if (parts.length === 0) parts.push(`<p>Nothing to fix: no page behind and no error.</p>`);
  return `<section class="locale" id="locale-${escapeHtml(l.locale)}" aria-labelledby="h-${escapeHtml(l.locale)}">
<h3 id="h-${escapeHtml(l.locale)}"><span lang="${escapeHtml(l.locale)}">${escapeHtml(l.locale)}</span> — what to fix first</h3>
<p class="roots">${count(l.files, "file")} in ${l.roots.map((r) => `<code>${escapeHtml(r)}</code>`).join(", ") || "—"}; ${count(l.errors, "error")}, ${count(l.warnings, "warning")}.</p>
${parts.join("\n")}
</section>`;
}

function ruleLink(ruleId: string, options: FormatOptions): string {
  const url = ruleDocUrl(ruleId, options);
  return url ? `<a href="${escapeHtml(url)}"><code>${escapeHtml(ruleId)}</code></a>` : `<code>${escapeHtml(ruleId)}</code>`;
}

/**
 * Every finding as compact rows for the script: [file, line, column, severity (2 error, 1 warning), rule,
 * message, then per related location its path, line, column and message]; files and rules by index into their lists,
 * messages as {@link MessageParts}.
 */
interface FindingData {
  files: { path: string; locale: string }[];
  rules: string[];
  docs: (string | null)[];
  rows: FindingRow[];
}

/** Messages are {@link MessageParts}: a string, or text and quoted values alternating. */
type FindingRow = (string | number | string[])[];

function findingData(results: readonly FileResult[], options: FormatOptions): FindingData {
  const files: FindingData["files"] = [];
  const ruleIndex = new Map<string, number>();
  const rows: FindingData["rows"] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    const fileIndex = files.push({ path: r.displayPath, locale: r.locale ?? "" }) - 1;
    for (const f of r.findings) {
      let rule = ruleIndex.get(f.ruleId);
      if (rule === undefined) ruleIndex.set(f.ruleId, (rule = ruleIndex.size));
      const { line, column } = clampPosition(f.line, f.column);
      const row: FindingRow = [fileIndex, line, column, f.severity === "error" ? 2 : 1, rule, messageParts(f.message, f.quoted)];
      for (const related of f.related ?? []) {
        const at = clampPosition(related.line, related.column);
        row.push(displayPathOf(related.path, options.cwd), at.line, at.column, messageParts(related.message, related.quoted));
      }
      rows.push(row);
    }
  }
  const rules = [...ruleIndex.keys()];
  return { files, rules, docs: rules.map((r) => ruleDocUrl(r, options) ?? null), rows };
}

function findingRow(data: FindingData, row: FindingRow): string {
  const file = data.files[row[0] as number]!;
  const rule = data.rules[row[4] as number]!;
  const doc = data.docs[row[4] as number];
  const severity = row[3] === 2 ? "error" : "warning";
  const related: string[] = [];
  for (let i = 6; i + 3 < row.length; i += 4) {
    related.push(`<span dir="ltr">${escapeHtml(`${row[i] as string}:${row[i + 1] as number}:${row[i + 2] as number}`)}</span> <span dir="auto">${messageHtml(row[i + 3] as MessageParts)}</span>`);
  }
  return `<tr class="${severity}"><td dir="ltr">${escapeHtml(`${file.path}:${row[1] as number}:${row[2] as number}`)}</td><td>${escapeHtml(file.locale)}</td><td>${severity}</td><td>${doc ? `<a href="${escapeHtml(doc)}">${escapeHtml(rule)}</a>` : escapeHtml(rule)}</td><td dir="auto">${messageHtml(row[5] as MessageParts)}</td><td>${related.join("<br>")}</td></tr>`;
}

function findingsSection(data: FindingData, status: RunStatus): string {
  const total = data.rows.length;
  const staticRows = data.rows.slice(0, STATIC_FINDING_ROWS).map((row) => findingRow(data, row)).join("\n");
  const options = (values: string[]) => values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join("");
  const rules = [...data.rules].sort();
  // The data is JSON inside a script element: "<" is escaped so no "</script>" can close it early.
  const json = JSON.stringify(data, wellFormedValues).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return `<section id="findings" aria-labelledby="h-findings">
<h2 id="h-findings">All findings (${fmt(total)})</h2>
<form id="filters" class="filters" hidden>
<label>Locale <select id="f-locale"><option value="">all</option>${options(status.locales.map((l) => l.locale))}</select></label>
<label>Rule <select id="f-rule"><option value="">all</option>${options(rules)}</select></label>
<label>Severity <select id="f-severity"><option value="">all</option><option value="2">error</option><option value="1">warning</option></select></label>
<label>Text <input id="f-text" type="search" placeholder="path or message"></label>
<span id="f-count" role="status" aria-live="polite"></span>
<button type="button" id="f-prev">Previous</button> <button type="button" id="f-next">Next</button>
</form>
<table id="finding-list" class="list findings">
<thead><tr><th scope="col">Where</th><th scope="col">Locale</th><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Message</th><th scope="col">Related</th></tr></thead>
<tbody id="finding-rows">
${staticRows}
</tbody>
</table>
<p id="static-note" class="more">${total > STATIC_FINDING_ROWS ? `The first ${fmt(STATIC_FINDING_ROWS)} of ${fmt(total)} findings are listed; turn on JavaScript to filter and page through all of them, or run loclint with <code>--format json</code>.` : ""}</p>
<script type="application/json" id="finding-data">${json}</script>
</section>`;
}

const STYLE = `
:root{--fg:#1a1a1a;--muted:#4d4d4d;--line:#c8c8c8;--bad:#fde2cf;--worst:#b3261e;--head:#f2f2f2}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:#fff;margin:0 auto;padding:1rem 1.5rem 3rem;max-width:1400px}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid var(--line)}h3{font-size:1.1rem;margin-top:1.6rem}h4{font-size:1rem;margin:1rem 0 .3rem}
.meta{color:var(--muted);margin:0}.meta code{color:var(--fg)}
table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
th,td{border:1px solid var(--line);padding:.25rem .5rem;vertical-align:top}
thead th{background:var(--head);text-align:left}
table.figures td{text-align:right}table.figures tfoot th,table.figures tfoot td{font-weight:600;background:var(--head)}
caption{text-align:left;color:var(--muted);caption-side:bottom;padding-top:.3rem}
td.bad,.legend.bad{background:var(--bad)}
td.worst,.legend.worst{background:var(--worst);color:#fff;font-weight:700}
.legend.bad,.legend.worst{padding:0 .3rem}
.pct{font-size:.8em;opacity:.85}
ul.legend{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;padding:0;margin:.2rem 0}
.chart text.label{font-size:13px;fill:#1a1a1a}.chart text.note{font-size:12px;fill:#4d4d4d}
.findings td:first-child,.list th[scope=row]{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;word-break:break-all;font-weight:normal}
.findings tr.error td:nth-child(3){color:#b3261e;font-weight:600}.findings tr.warning td:nth-child(3){color:#7a4d00}
.filters{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:center;margin:.5rem 0;position:sticky;top:0;background:#fff;padding:.4rem 0;border-bottom:1px solid var(--line)}
.filters select,.filters input,.filters button{font:inherit}
.more{color:var(--muted)}
.notices{list-style:none;margin:.5rem 0;padding:.3rem .6rem;background:#fff4e5;border-left:4px solid #bf7b00}
code.command{font-size:.8em;word-break:break-all}
a{color:#0b57d0}
@media print{.filters,#static-note{display:none}body{max-width:none;padding:0;font-size:11px}h2{break-after:avoid}tr{break-inside:avoid}section.locale{break-inside:avoid-page}a{color:inherit;text-decoration:none}}
`;

// Filters and pages the findings from the JSON data; the table stays as written when scripts are off.
const SCRIPT = `
(function(){
var data=JSON.parse(document.getElementById("finding-data").textContent);
var form=document.getElementById("filters"),body=document.getElementById("finding-rows");
var loc=document.getElementById("f-locale"),rule=document.getElementById("f-rule"),sev=document.getElementById("f-severity"),text=document.getElementById("f-text");
var count=document.getElementById("f-count"),prev=document.getElementById("f-prev"),next=document.getElementById("f-next");
var PAGE=${PAGE_SIZE},page=0,shown=data.rows;
function esc(s){return String(s).replace(/[&<>"']/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"}[c];});}
function msg(m){if(!Array.isArray(m))return esc(m);return m.map(function(x,i){return i%2===1?'"<bdi>'+esc(x)+'</bdi>"':esc(x);}).join("");}
function plain(m){return Array.isArray(m)?m.join('"'):String(m);}
function row(r){var f=data.files[r[0]],d=data.docs[r[4]],s=r[3]===2?"error":"warning";
var rel=[];for(var i=6;i+3<r.length;i+=4)rel.push('<span dir="ltr">'+esc(r[i]+":"+r[i+1]+":"+r[i+2])+'</span> <span dir="auto">'+msg(r[i+3])+"</span>");
return '<tr class="'+s+'"><td dir="ltr">'+esc(f.path+":"+r[1]+":"+r[2])+"</td><td>"+esc(f.locale)+"</td><td>"+s+"</td><td>"+(d?'<a href="'+esc(d)+'">'+esc(data.rules[r[4]])+"</a>":esc(data.rules[r[4]]))+'</td><td dir="auto">'+msg(r[5])+"</td><td>"+rel.join("<br>")+"</td></tr>";}
function apply(){var l=loc.value,ru=rule.value,sv=sev.value,t=text.value.toLowerCase();
shown=data.rows.filter(function(r){var f=data.files[r[0]];
return (!l||f.locale===l)&&(!ru||data.rules[r[4]]===ru)&&(!sv||String(r[3])===sv)&&(!t||f.path.toLowerCase().indexOf(t)>=0||plain(r[5]).toLowerCase().indexOf(t)>=0);});
page=0;render();}
function render(){var pages=Math.max(1,Math.ceil(shown.length/PAGE));if(page>=pages)page=pages-1;
var start=page*PAGE,end=Math.min(shown.length,start+PAGE),html=[];
for(var i=start;i<end;i++)html.push(row(shown[i]));body.innerHTML=html.join("");
count.textContent=shown.length?("Showing "+(start+1).toLocaleString("en-US")+"–"+end.toLocaleString("en-US")+" of "+shown.length.toLocaleString("en-US")+" findings"):"No finding matches";
prev.disabled=page===0;next.disabled=page>=pages-1;}
[loc,rule,sev].forEach(function(e){e.addEventListener("change",apply);});
text.addEventListener("input",apply);
prev.addEventListener("click",function(){page--;render();});next.addEventListener("click",function(){page++;render();});
form.addEventListener("submit",function(e){e.preventDefault();});
var q=new URLSearchParams(location.hash.slice(1));if(q.get("locale"))loc.value=q.get("locale");if(q.get("rule"))rule.value=q.get("rule");
form.hidden=false;document.getElementById("static-note").hidden=true;apply();
})();
`;

function header(status: RunStatus, result: LintResult): string {
  const sets = status.docSets
    .map((s) => `<li>doc set <code>${escapeHtml(s.name)}</code>; English source ${s.source ? `<code>${escapeHtml(s.source)}</code>${s.sourceHead ? ` at HEAD <code title="${escapeHtml(s.sourceHead)}">${escapeHtml(s.sourceHead.slice(0, 12))}</code>` : ""}` : "not known"}</li>`)
    .join("");
  const findings = result.results.reduce((n, r) => n + r.findings.length, 0);
  const notices = noticesOf(result);
  const noticeList = notices.length > 0 ? `\n<ul class="notices">${notices.map((n) => `<li>⚠ <span dir="auto">${escapeHtml(n.message)}</span></li>`).join("")}</ul>` : "";
  return `<header>
<h1>Locale health report</h1>
<ul class="meta">${sets}</ul>
<p class="meta">Run ${escapeHtml(status.generatedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC"))} · loclint ${escapeHtml(status.toolVersion)} · ${fmt(status.totals.files)} localized files in ${fmt(status.locales.length)} locales · ${count(findings, "finding")} (${count(status.totals.errors, "error")}, ${count(status.totals.warnings, "warning")} in localized files)</p>${noticeList}
</header>`;
}

/** The health report: a complete HTML document that needs no network. */
export function formatHtml(result: LintResult, options: FormatOptions): string {
  const status = statusOf(result, options);
  const results = sortResults(result.results);
  const data = findingData(results, options);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="loclint ${escapeHtml(status.toolVersion)}">
<title>Locale health report — loclint</title>
<style>${STYLE}</style>
</head>
<body>
${header(status, result)}
<main>
<section aria-labelledby="h-status">
<h2 id="h-status">Status by locale</h2>
${localeTable(status)}
<h3 id="h-chart">How far behind each locale is</h3>
${chart(status)}
</section>
<section aria-labelledby="h-fix">
<h2 id="h-fix">What to fix first</h2>
${status.locales.map((l) => fixFirst(l, status, results, options)).join("\n")}
</section>
${findingsSection(data, status)}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
