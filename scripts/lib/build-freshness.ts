import fs from "node:fs";
import path from "node:path";

/** What a production build depends on: when any of it is newer than the build, `npm start` rebuilds. */
const SOURCES = ["app", "server", "i18n", "messages", "types", "next.config.js", "postcss.config.mjs", "instrumentation.ts", "package.json", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["node_modules", "generated"]);

function newestMtime(p: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (!SKIP.has(entry)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

/** True when `distDir` holds no build, or one older than the newest source file. */
export function buildIsStale(root: string, distDir = ".next"): boolean {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}
