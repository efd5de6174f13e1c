import fs from "fs";
import path from "path";
import zlib from "zlib";

export interface BundleResult {
  gzipBytes: number | null;
  files: string[];
  note: string;
}

/**
 * (d) The task pane's initial JavaScript, gzipped: the scripts its HTML page loads
 * (chunks loaded lazily later are not counted). Read from dist/ after `npm run build`.
 */
export function benchBundle(root: string): BundleResult {
  const dist = path.join(root, "dist");
  const html = fs.existsSync(dist) ? fs.readdirSync(dist).find((f) => /^taskpane.*\.html$/.test(f)) : undefined;
  if (!html) return { gzipBytes: null, files: [], note: "no dist/taskpane.html: run `npm run build`, then `npm run bench` again" };
  const page = fs.readFileSync(path.join(dist, html), "utf8");
  // Minified HTML may leave the attribute unquoted: <script defer src=taskpane.1a2b.js>.
  const files = [...page.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^(https?:)?\/\//.test(src)) // office.js comes from Microsoft's CDN
    .map((src) => src.replace(/^\.?\//, "").split("?")[0]);
  const gzipBytes = files.reduce((total, f) => {
    const file = path.join(dist, f);
    return fs.existsSync(file) ? total + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : total;
  }, 0);
  return { gzipBytes, files, note: `dist/${html}: ${files.join(", ")}` };
}
