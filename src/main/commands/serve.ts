import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startBridge, type RunningBridge } from '../bridge/server'
import { Core } from '../core'
import { createHandlers } from '../handlers'
import { headlessHost } from '../host'
import { appRoot, cliCoreOptions } from './context'
import { UsageError, type CommandIo } from './io'

export const serveHelp = `pulso serve [FILE...] [--port N] [--renderer DIR]

Serves the workbench and the same handlers as the desktop app on http://127.0.0.1 only,
behind a random token printed in the URL. Open that URL in a browser. Ctrl+C stops it.
The page can open only the files named here, files you upload to it, and your recent
workspaces.

  --port N        listen on port N (default: a free port)
  --renderer DIR  the built renderer (default: out/renderer; run \`npm run build\` first)`

/** `pulso serve`: starts the loopback bridge and keeps running until the process is stopped. */
export async function serveCommand(args: string[], io: CommandIo): Promise<RunningBridge> {
  const { values, positionals } = parseArgs({ args, options: { port: { type: 'string' }, renderer: { type: 'string' } }, allowPositionals: true })
  const files = positionals.map((file) => path.resolve(file))
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}".`)
  const staticDir = path.resolve(values.renderer ?? path.join(appRoot(), 'out/renderer'))
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new UsageError(`No built renderer in ${staticDir}: run \`npm run build\` first (npm run web does both).`)
  }
  const core = new Core(cliCoreOptions('http'))
  const uploadDir = mkdtempSync(path.join(os.tmpdir(), 'pulso-uploads-'))
  core.grants.grant(...files)
  const bridge = await startBridge({ handlers: createHandlers(core, headlessHost), events: core.events, staticDir, port, uploadDir, grant: (file) => core.grants.grant(file), allows: (file) => core.grants.allows(file) })
  const close = bridge.close
  bridge.close = async () => {
    await close()
    core.dispose()
    rmSync(uploadDir, { recursive: true, force: true })
  }
  io.out(`Pulso is running at ${bridge.url}`)
  io.out('Only this machine can reach it, and only with the token in that URL. Press Ctrl+C to stop.')
  return bridge
}
