// `npm run build [-- --outDir DIR [--emptyOutDir]]`: the Vite production build of the web app,
// then .br/.gz siblings of its assets so the server can send them pre-compressed.
import path from 'node:path';
import { build } from 'vite';
import { precompress } from './precompress-web.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = at >= 0 ? path.resolve(args[at + 1]) : path.resolve('dist/web');

await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const count = precompress(outDir);
console.log(`web build in ${path.relative(process.cwd(), outDir) || '.'} (${count} files pre-compressed)`);
