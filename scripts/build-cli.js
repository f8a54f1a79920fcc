// Bundles the CLI (src/main/cli.ts) into out/cli/pulso.js with esbuild, for `bin/pulso.js`.
// `node scripts/build-cli.js` builds it; bin/pulso.js calls buildCliIfStale() on each run,
// so `npx pulso` works in a fresh checkout without `npm run build`.
const { existsSync, readdirSync, statSync } = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const entry = path.join(root, 'src/main/cli.ts')
const outfile = path.join(root, 'out/cli/pulso.js')

function newestSource(dir) {
  let newest = 0
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name)
    if (item.isDirectory()) newest = Math.max(newest, newestSource(full))
    else if (/\.(ts|json)$/.test(item.name)) newest = Math.max(newest, statSync(full).mtimeMs)
  }
  return newest
}

function isStale() {
  if (!existsSync(outfile)) return true
  if (!existsSync(path.join(root, 'src'))) return false
  const built = statSync(outfile).mtimeMs
  return newestSource(path.join(root, 'src/main')) > built || newestSource(path.join(root, 'src/shared')) > built || statSync(path.join(root, 'package.json')).mtimeMs > built
}

// The CLI and the worker threads it starts, each its own file in out/cli.
function cliEntries() {
  const entries = { pulso: entry }
  const worker = path.join(root, 'src/main/core/importWorker.ts')
  if (existsSync(worker)) entries['import-worker'] = worker
  return entries
}

function buildCli() {
  const { buildSync } = require('esbuild')
  buildSync({
    entryPoints: cliEntries(),
    outdir: path.dirname(outfile),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning'
  })
}

function buildCliIfStale() {
  if (!isStale()) return
  try {
    require.resolve('esbuild')
  } catch {
    if (existsSync(outfile)) return
    throw new Error('The Pulso CLI is not built and esbuild is missing: run `npm install` then `npm run build`.')
  }
  buildCli()
}

module.exports = { buildCli, buildCliIfStale, outfile }

if (require.main === module) buildCli()
