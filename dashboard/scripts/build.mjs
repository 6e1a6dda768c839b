// The same bundles as the Maven build (pom.xml, execution dashboard-bundle), into target/assets/ for a look
// without Maven. The jar serves what Maven built; keep the flags of the two equal.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

const outdir = 'target/assets';
mkdirSync(outdir, { recursive: true });
const islands = readdirSync('src').filter((f) => f.endsWith('.ts')).map((f) => `src/${f}`);
await build({
  entryPoints: [...islands, 'src/app.css'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'none',
  logLevel: 'warning',
  outdir,
});
copyFileSync('src/favicon.svg', `${outdir}/favicon.svg`);
