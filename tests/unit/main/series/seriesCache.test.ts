import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importSpreadsheet } from '../../../../src/main/core/import/importSpreadsheet'
import { cachedSeries, decodeSeries, encodeSeries, seriesKey } from '../../../../src/main/core/series/seriesCache'
import { workspaceSeries } from '../../../../src/main/core/series/workspaceSeries'
import { queryRows, Workspace } from '../../../../src/main/core/workspace/workspace'
import { writeUglyCsv, writeUglyWorkbook } from '../../../fixtures/uglyWorkbook'

const dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-cache-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the series kept in the workspace', () => {
  it('encodes and decodes to an equal series, typed arrays included', async () => {
    const workspace = await Workspace.create()
    await importSpreadsheet(workspace, await writeUglyWorkbook(dir))
    const series = workspaceSeries(workspace)
    const decoded = decodeSeries(encodeSeries(series))
    expect(decoded).toEqual(series)
    expect(decoded.transactions?.revenue).toBeInstanceOf(Float64Array)
    workspace.close()
  })

  it('is stored on first use, read back after a save and reopen, and rebuilt after another import', async () => {
    const file = path.join(dir, 'cache.pulso')
    const workspace = await Workspace.create()
    await importSpreadsheet(workspace, await writeUglyWorkbook(dir))
    const first = cachedSeries(workspace)
    const key = seriesKey(workspace)
    expect(queryRows(workspace.db, 'SELECT key FROM series_cache')).toEqual([{ key }])
    workspace.save(file)
    workspace.close()

    const reopened = await Workspace.open(file)
    reopened.db.run('DELETE FROM data_revenue')
    // With the raw rows gone, only the cache can answer: it did not scan them again.
    expect(cachedSeries(reopened)).toEqual(first)
    await importSpreadsheet(reopened, writeUglyCsv(dir))
    expect(seriesKey(reopened)).not.toBe(key)
    cachedSeries(reopened)
    expect(queryRows(reopened.db, 'SELECT key FROM series_cache')).toEqual([{ key: seriesKey(reopened) }])
    reopened.close()
  })
})
