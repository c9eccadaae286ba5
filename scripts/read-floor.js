// The read floor for `npm run bench`: walks a tree and reads every file loclint lints (.md, .yml, .yaml),
// nothing else. loclint cannot be faster than this; the bench reports loclint's time as a multiple of it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const LINTED = /\.(?:md|ya?ml)$/i;
let files = 0;
let bytes = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(abs);
    else if ((entry.isFile() || entry.isSymbolicLink()) && LINTED.test(entry.name)) {
      bytes += readFileSync(abs).byteLength;
      files++;
    }
  }
}
walk(path.resolve(process.argv[2] ?? "."));
process.stdout.write(`${files} files, ${bytes} bytes\n`);
