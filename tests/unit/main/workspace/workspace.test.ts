import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PulsoFailure } from '../../../../src/main/core/failure'
import { loadSqlite } from '../../../../src/main/core/workspace/sqlite'
import { queryRows, Workspace } from '../../../../src/main/core/workspace/workspace'

const dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-ws-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function refusal(file: string): Promise<PulsoFailure> {
  const before = readFileSync(file)
  const failure = await Workspace.open(file).catch((e: unknown) => e)
  expect(failure).toBeInstanceOf(PulsoFailure)
  expect(readFileSync(file).equals(before)).toBe(true)
  return failure as PulsoFailure
}

describe('a workspace file', () => {
  it('saves and opens again with its settings and tables', async () => {
    const file = path.join(dir, 'Carteira 2024.pulso')
    const workspace = await Workspace.create()
    expect(workspace.name).toBe('Untitled')
    workspace.setSetting('inactivityDays', 60)
    expect(workspace.save(file)).toBe(file)
    expect(workspace.dirty).toBe(false)
    workspace.close()
    const again = await Workspace.open(file)
    expect(again.name).toBe('Carteira 2024')
    expect(again.setting('inactivityDays', 90)).toBe(60)
    expect(again.summary()).toEqual({ path: file, name: 'Carteira 2024', dirty: false, files: [], tables: [] })
    again.close()
    expect(readdirTemp()).toEqual([])
  })

  it('refuses a file that is not a workspace, and leaves it alone', async () => {
    const file = path.join(dir, 'notes.pulso')
    writeFileSync(file, 'just some text, not a database'.repeat(10))
    const failure = await refusal(file)
    expect(failure.code).toBe('not-a-workspace')
    expect(failure.message).toBe('notes.pulso cannot be opened as a Pulso workspace: it is not a workspace file.')
  })

  it('refuses an SQLite database that Pulso did not make', async () => {
    const SQL = await loadSqlite()
    const db = new SQL.Database()
    db.run('CREATE TABLE t (x)')
    const file = path.join(dir, 'other.pulso')
    writeFileSync(file, db.export())
    db.close()
    expect((await refusal(file)).message).toContain('not one Pulso made')
  })

  it('refuses a damaged workspace', async () => {
    const workspace = await Workspace.create()
    for (let i = 0; i < 200; i++) workspace.setSetting(`k${i}`, 'x'.repeat(500))
    const file = workspace.save(path.join(dir, 'damaged.pulso'))
    workspace.close()
    const bytes = readFileSync(file)
    const page = bytes.length - 5 * 4096
    bytes.fill(0x5a, page, page + 700)
    writeFileSync(file, bytes)
    expect((await refusal(file)).message).toContain('damaged')
    const truncated = path.join(dir, 'truncated.pulso')
    copyFileSync(file, truncated)
    writeFileSync(truncated, readFileSync(file).subarray(0, 3000))
    expect((await refusal(truncated)).code).toBe('not-a-workspace')
  })

  it('refuses a workspace saved by a newer Pulso', async () => {
    const workspace = await Workspace.create()
    workspace.db.run('PRAGMA user_version = 99')
    const file = workspace.save(path.join(dir, 'future.pulso'))
    workspace.close()
    expect((await refusal(file)).message).toContain('newer Pulso')
  })

  it('says when the file does not exist', async () => {
    const failure = (await Workspace.open(path.join(dir, 'nope.pulso')).catch((e: unknown) => e)) as PulsoFailure
    expect(failure.code).toBe('not-found')
  })

  it('a failed transaction leaves no trace', async () => {
    const workspace = await Workspace.create()
    await expect(workspace.transaction(() => {
      workspace.db.run("INSERT INTO settings (key, value) VALUES ('a', '1')")
      throw new Error('boom')
    })).rejects.toThrow('boom')
    expect(queryRows(workspace.db, 'SELECT * FROM settings')).toEqual([])
    workspace.close()
  })

  it('a save goes through a temp file that does not stay behind', async () => {
    const workspace = await Workspace.create()
    const file = workspace.save(path.join(dir, 'atomic.pulso'))
    expect(statSync(file).size).toBeGreaterThan(0)
    workspace.close()
    expect(readdirTemp()).toEqual([])
  })
})

function readdirTemp(): string[] {
  return readdirSync(dir).filter((f) => f.includes('.tmp-'))
}
