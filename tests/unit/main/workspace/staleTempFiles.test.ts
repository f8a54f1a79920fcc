import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { processStartedAt, removeStaleTempFiles } from '../../../../src/main/core/workspace/staleTempFiles'
import { Workspace } from '../../../../src/main/core/workspace/workspace'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pulso-tmpfiles-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Writes a file last modified `ageMs` before the running process started (negative: after). */
function touch(name: string, ageMs: number): string {
  const file = path.join(dir, name)
  writeFileSync(file, 'half a save')
  const when = (processStartedAt() - ageMs) / 1000
  utimesSync(file, when, when)
  return file
}

/** A leftover of a killed save, an unrelated set of files, and one save still running elsewhere. */
function scatter(): void {
  touch('loop.pulso.tmp-4242-1700000000000', 60_000)
  touch('loop.pulso.tmp-4243-1700000000001', 1_000)
  touch('loop.pulso.tmp-4244-1800000000000', -60_000)
  touch('other.pulso.tmp-4242-1700000000000', 60_000)
  touch('loop.pulso.tmp-notes.txt', 60_000)
  touch('loop.pulso.bak', 60_000)
}

const survivors = ['loop.pulso', 'loop.pulso.bak', 'loop.pulso.tmp-4244-1800000000000', 'loop.pulso.tmp-notes.txt', 'other.pulso.tmp-4242-1700000000000']

describe('temp files a killed save left behind', () => {
  it('are removed when the workspace is next opened: only its own, only those older than this process', async () => {
    const created = await Workspace.create()
    created.save(path.join(dir, 'loop.pulso'))
    created.close()
    scatter()
    const workspace = await Workspace.open(path.join(dir, 'loop.pulso'))
    workspace.close()
    expect(readdirSync(dir).sort()).toEqual(survivors)
  })

  it('are removed when the workspace is next saved', async () => {
    scatter()
    const workspace = await Workspace.create()
    workspace.save(path.join(dir, 'loop.pulso'))
    workspace.close()
    expect(readdirSync(dir).sort()).toEqual(survivors)
  })

  it('says which it removed, and removes nothing in a folder that does not exist', () => {
    const stale = touch('a.pulso.tmp-1-2', 5_000)
    expect(removeStaleTempFiles(path.join(dir, 'a.pulso'))).toEqual([stale])
    expect(existsSync(stale)).toBe(false)
    expect(removeStaleTempFiles(path.join(dir, 'nowhere', 'a.pulso'))).toEqual([])
  })
})
