import { buildSeries } from '../../../shared/metrics/build'
import type { Series } from '../../../shared/model/series'
import { PulsoFailure } from '../failure'
import type { Workspace } from '../workspace/workspace'
import { seriesInput } from './seriesInput'

/**
 * The columnar series of a workspace, built from its imported rows. A record the builder
 * cannot use (which the importer should have caught) is a `bad-file` failure naming it.
 */
export function workspaceSeries(workspace: Workspace): Series {
  try {
    return buildSeries(seriesInput(workspace))
  } catch (error) {
    if (error instanceof RangeError) throw new PulsoFailure('bad-file', `The workspace's data cannot be summarised: ${error.message}`)
    throw error
  }
}
