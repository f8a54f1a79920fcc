import { createHash } from 'node:crypto'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Series } from '../../../shared/model/series'
import { typedArrayNames, type TypedArrayName } from '../../../shared/wire'
import { queryRows, type Workspace } from '../workspace/workspace'
import { workspaceSeries } from './workspaceSeries'

/** Bump when the Series shape or the builder's rules change: older caches are rebuilt. */
const seriesFormat = 2

type TypedArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array

const constructors: Record<TypedArrayName, new (buffer: ArrayBuffer) => TypedArray> = {
  Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array
}

/**
 * The series as bytes: a JSON skeleton (4-byte length first) in which each typed array is
 * `{"$a": index}`, then the arrays' bytes, each starting on an 8-byte boundary.
 */
export function encodeSeries(series: Series): Buffer {
  const arrays: TypedArray[] = []
  const skeleton = JSON.stringify(series, (_key, value: unknown) => {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      arrays.push(value as TypedArray)
      return { $a: arrays.length - 1, t: value.constructor.name }
    }
    return value
  })
  const head = Buffer.from(skeleton, 'utf8')
  const parts: Buffer[] = [Buffer.alloc(4), head]
  let offset = 4 + head.length
  const index: { start: number; length: number }[] = []
  for (const array of arrays) {
    const padding = (8 - (offset % 8)) % 8
    parts.push(Buffer.alloc(padding))
    offset += padding
    index.push({ start: offset, length: array.byteLength })
    parts.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength))
    offset += array.byteLength
  }
  parts[0].writeUInt32LE(head.length)
  const table = Buffer.from(JSON.stringify(index), 'utf8')
  const tail = Buffer.alloc(4)
  tail.writeUInt32LE(table.length)
  return Buffer.concat([...parts, table, tail])
}

/** The series back from `encodeSeries` bytes (the arrays are copied out, so the bytes can go). */
export function decodeSeries(bytes: Uint8Array): Series {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headLength = buffer.readUInt32LE(0)
  const tableLength = buffer.readUInt32LE(buffer.length - 4)
  const index = JSON.parse(buffer.subarray(buffer.length - 4 - tableLength, buffer.length - 4).toString('utf8')) as { start: number; length: number }[]
  return JSON.parse(buffer.subarray(4, 4 + headLength).toString('utf8'), (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || !('$a' in value)) return value
    const { $a, t } = value as { $a: number; t: TypedArrayName }
    if (!(typedArrayNames as readonly string[]).includes(t)) throw new Error(`Unknown array type ${t} in the series cache`)
    const { start, length } = index[$a]
    const copy = new Uint8Array(length)
    copy.set(buffer.subarray(start, start + length))
    return new constructors[t](copy.buffer)
  }) as Series
}

/** What the cached series was built from: the imported sources, and the format. */
export function seriesKey(workspace: Workspace): string {
  const sources = queryRows(workspace.db, 'SELECT id, sha256, imported_at FROM source_files ORDER BY id')
  return createHash('sha256').update(JSON.stringify([seriesFormat, sources])).digest('hex')
}

/**
 * The workspace's series: from the cache stored in the workspace when it matches what is
 * imported, otherwise built from the rows and stored, so opening a saved workspace does
 * not scan its raw rows again. Storing the cache does not mark the workspace unsaved. The
 * bytes are deflated (fastest level): a 1M-line workspace's series is 31 MB raw, 7.6 MB
 * deflated, and the smaller blob keeps sql.js's copy of it (and the file's growth) small.
 */
export function cachedSeries(workspace: Workspace): Series {
  const key = seriesKey(workspace)
  const row = queryRows(workspace.db, 'SELECT data FROM series_cache WHERE key = ?', [key])[0]
  if (row && row.data instanceof Uint8Array) {
    try {
      return decodeSeries(inflateRawSync(row.data))
    } catch {
      // A damaged cache is rebuilt below.
    }
  }
  const series = workspaceSeries(workspace)
  const dirty = workspace.dirty
  workspace.db.run('DELETE FROM series_cache')
  workspace.db.run('INSERT INTO series_cache (key, data) VALUES (?, ?)', [key, deflateRawSync(encodeSeries(series), { level: 1 })])
  workspace.dirty = dirty
  return series
}
