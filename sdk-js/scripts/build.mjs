// Builds the browser bundle exactly as the Maven build does (same esbuild version and flags; see pom.xml), plus
// ES-module copies of the pure modules for the node unit tests.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'target', 'dist');
mkdirSync(dist, { recursive: true });

// Keep in step with the esbuild arguments in pom.xml.
await build({
  entryPoints: [join(root, 'src', 'index.ts')],
  outfile: join(dist, 'recomengine.min.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(join(dist, 'recomengine.min.js'), join(dist, 'recomengine.js'));

await build({
  entryPoints: ['assign', 'queue', 'safe', 'sdui'].map((name) => join(root, 'src', name + '.ts')),
  outdir: join(root, 'target', 'lib'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  logLevel: 'warning',
});

const bundle = readFileSync(join(dist, 'recomengine.js'));
const gzipped = gzipSync(bundle, { level: 9 }).length;
console.log(`recomengine.js: ${bundle.length} bytes, ${gzipped} bytes gzipped (budget 8192)`);
