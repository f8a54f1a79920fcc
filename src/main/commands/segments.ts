/**
 * `--segment column=value` (and `--a-segment`, `--b-segment`) as every command takes it:
 * values of one column are alternatives (OR), columns all apply (AND).
 */
import type { AttributeFilter } from '../../shared/metrics/selection'
import { UsageError } from './io'

/** The filters of repeated `column=value` options; `option` names the option in the usage error. */
export function parseSegments(values: readonly string[], option = '--segment'): AttributeFilter[] {
  const byColumn = new Map<string, string[]>()
  for (const item of values) {
    const at = item.indexOf('=')
    if (at <= 0) throw new UsageError(`${option} takes column=value, not "${item}".`)
    const column = item.slice(0, at)
    byColumn.set(column, [...(byColumn.get(column) ?? []), item.slice(at + 1)])
  }
  return [...byColumn].map(([column, list]) => ({ column, values: list }))
}

/**
 * The filters of side A and side B: `--segment` applies to both, `--a-segment` and
 * `--b-segment` to their side only.
 */
export function sideSegments(both: readonly string[] = [], a: readonly string[] = [], b: readonly string[] = []): { a: AttributeFilter[]; b: AttributeFilter[] } {
  parseSegments(both)
  return { a: parseSegments([...both, ...a], '--a-segment'), b: parseSegments([...both, ...b], '--b-segment') }
}
