import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { StandaloneScenario } from '../harness/scenario.js';

/**
 * The web build (`npm run build`, the same Vite configuration) and what a first visit must
 * download before anything renders: the entry script, its modulepreloads and the stylesheets
 * named in index.html, gzipped (level 6; the server sends the brotli/gzip siblings that
 * `npm run build` writes, so this is close to what travels). The output goes to <workDir>/web instead of dist/web so a
 * benchmark never swaps files under a server or browser test that is using dist/web.
 */
export const WEB_BUILD_DIR = 'web';

export const webBuildScenario: StandaloneScenario = {
  kind: 'standalone',
  id: 'web-build',
  title: 'Web build: initial JavaScript and CSS',
  phase: 'before-engines',
  async run(ctx) {
    const outDir = path.resolve(ctx.workDir, WEB_BUILD_DIR);
    const started = performance.now();
    execFileSync('npm', ['run', '--silent', 'build', '--', '--outDir', outDir, '--emptyOutDir'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const buildMs = performance.now() - started;
    const sizes = initialAssetSizes(outDir);
    return {
      metrics: [
        { name: 'initial JS (gzip)', value: sizes.js.gzip, unit: 'bytes', better: 'lower' },
        { name: 'initial CSS (gzip)', value: sizes.css.gzip, unit: 'bytes', better: 'lower' },
        { name: 'initial JS + CSS (gzip)', value: sizes.js.gzip + sizes.css.gzip, unit: 'bytes', better: 'lower' },
        { name: 'initial JS + CSS (raw)', value: sizes.js.raw + sizes.css.raw, unit: 'bytes', better: 'lower' },
        { name: 'all JS chunks (gzip)', value: sizes.allJsGzip, unit: 'bytes', better: 'lower' },
        { name: 'build time', value: buildMs, unit: 'ms', better: 'lower' },
      ],
      details: { initialFiles: sizes.files },
    };
  },
};

export interface AssetSizes {
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  allJsGzip: number;
  files: string[];
}

export function gzipSize(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 6 }).length;
}

/** Sizes of the files index.html loads up front (script, modulepreload, stylesheet). */
export function initialAssetSizes(webDir: string): AssetSizes {
  const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+)"[^>]*>/g)]
    .filter((m) => /<script[^>]*type="module"/.test(m[0]) || /rel="(modulepreload|stylesheet)"/.test(m[0]))
    .map((m) => m[1]!)
    .filter((href) => href.startsWith('/'));
  const files = [...new Set(refs)];
  const out: AssetSizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, allJsGzip: 0, files };
  for (const href of files) {
    const file = path.join(webDir, href);
    const kind = href.endsWith('.css') ? out.css : out.js;
    kind.raw += fs.statSync(file).size;
    kind.gzip += gzipSize(file);
  }
  const assets = path.join(webDir, 'assets');
  for (const name of fs.readdirSync(assets)) if (name.endsWith('.js')) out.allJsGzip += gzipSize(path.join(assets, name));
  return out;
}
