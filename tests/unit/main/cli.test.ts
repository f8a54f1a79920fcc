import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli'

const root = path.resolve(__dirname, '../../..')
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) })
  return { code, out, err }
}

describe('the pulso CLI', () => {
  it('prints help listing its commands', async () => {
    const { code, out } = await run(['--help'])
    expect(code).toBe(0)
    expect(out).toContain('Usage: pulso <command>')
    expect(out).toContain('serve')
  })

  it('prints the version of package.json', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, out: `${version}\n`, err: '' })
  })

  it('exits 2 with a hint on an unknown command or option', async () => {
    const unknown = await run(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('Unknown command "frobnicate"')
    expect(unknown.err).toContain('pulso --help')
    const badPort = await run(['serve', '--port', 'abc'])
    expect(badPort.code).toBe(2)
    expect(badPort.err).toContain('--port must be a whole number')
    const badOption = await run(['serve', '--colour'])
    expect(badOption.code).toBe(2)
  })

  it('runs as the `pulso` bin from a checkout', () => {
    expect(execFileSync(process.execPath, [path.join(root, 'bin/pulso.js'), '--version'], { encoding: 'utf8' }).trim()).toBe(version)
    const help = spawnSync(process.execPath, [path.join(root, 'bin/pulso.js'), 'serve', '--help'], { encoding: 'utf8' })
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('127.0.0.1')
  })
})
