import { buildSeriesFromColumns } from '../../../shared/metrics/build'
import type { Series } from '../../../shared/model/series'
import { PulsoFailure } from '../failure'
import type { Workspace } from '../workspace/workspace'
import { seriesColumns } from './seriesColumns'

/**
 * The columnar series of a workspace, built from its imported rows (revenue and activity
 * streamed as columns, the other tables as records). A record the builder
 * cannot use (which the importer should have caught) is a `bad-file` failure naming it.
 */
export function workspaceSeries(workspace: Workspace): Series {
  try {
    return buildSeriesFromColumns(seriesColumns(workspace))
  } catch (error) {
    if (error instanceof RangeError) throw new PulsoFailure('bad-file', `The workspace's data cannot be summarised: ${error.message}`)
    throw error
  }
}
