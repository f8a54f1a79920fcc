import { isTableKind, type TableKind } from '../../../shared/model/kinds'
import { queryRows, type Workspace } from '../workspace/workspace'
import type { TableDetection } from './detect'

/** A mapping chosen once for a file shape, applied again to the next file of that shape. */
export interface RememberedMapping {
  kind: TableKind
  map: Record<string, string>
}

/** Remembers the kind and `field -> header` choices of an import for its file shape. */
export function rememberMapping(workspace: Workspace, detection: TableDetection): void {
  const map = Object.fromEntries(detection.mapping.map((m) => [m.field, m.header]))
  workspace.db.run(
    'INSERT INTO mappings (shape_key, kind, map, saved_at) VALUES (?, ?, ?, ?) ON CONFLICT(shape_key) DO UPDATE SET kind = excluded.kind, map = excluded.map, saved_at = excluded.saved_at',
    [detection.shapeKey, detection.kind, JSON.stringify(map), new Date().toISOString()]
  )
}

/** The mapping remembered for a file shape, if any. */
export function rememberedMapping(workspace: Workspace, shapeKey: string): RememberedMapping | null {
  const row = queryRows(workspace.db, 'SELECT kind, map FROM mappings WHERE shape_key = ?', [shapeKey])[0]
  if (!row || typeof row.kind !== 'string' || !isTableKind(row.kind)) return null
  return { kind: row.kind, map: JSON.parse(String(row.map)) as Record<string, string> }
}
