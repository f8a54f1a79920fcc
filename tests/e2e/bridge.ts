import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test as base } from '@playwright/test'

/** A running `pulso serve` with its own empty config folder. */
export interface Bridge {
  url: string
  origin: string
  token: string
  configDir: string
}

const root = path.resolve(__dirname, '../..')

/** Starts the real CLI's bridge, as `npm run web` does, and waits for the URL it prints. */
export async function startBridge(): Promise<{ bridge: Bridge; stop: () => Promise<void> }> {
  const configDir = mkdtempSync(path.join(os.tmpdir(), 'pulso-e2e-'))
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'bin/pulso.js'), 'serve'], {
    cwd: root,
    env: { ...process.env, PULSO_CONFIG_DIR: configDir, PULSO_WORKSPACE_DIR: path.join(configDir, 'workspaces'), LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const url = await new Promise<string>((resolve, reject) => {
    let printed = ''
    const timer = setTimeout(() => reject(new Error(`pulso serve printed no URL in 20 s:\n${printed}`)), 20_000)
    const read = (chunk: Buffer) => {
      printed += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(printed)
      if (match) {
        clearTimeout(timer)
        resolve(match[0])
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => reject(new Error(`pulso serve exited with ${code}:\n${printed}`)))
  })
  const parsed = new URL(url)
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
    }
    rmSync(configDir, { recursive: true, force: true })
  }
  return { bridge: { url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', configDir }, stop }
}

/** Playwright's `test` with a fresh bridge per test. */
export const test = base.extend<{ bridge: Bridge }>({
  // Playwright reads the fixtures a fixture needs from this destructuring; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  bridge: async ({}, use) => {
    const { bridge, stop } = await startBridge()
    await use(bridge)
    await stop()
  }
})

export { expect } from '@playwright/test'
