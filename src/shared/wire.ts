/**
 * How typed arrays travel in JSON over the HTTP bridge (Electron's IPC clones them as
 * they are): `{ "$typed": "Float64Array", "base64": "…" }`, the array's bytes in base64.
 */
export const typedArrayNames = ['Int8Array', 'Uint8Array', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'] as const

export type TypedArrayName = (typeof typedArrayNames)[number]

export interface WireTypedArray {
  $typed: TypedArrayName
  base64: string
}

export function isWireTypedArray(value: unknown): value is WireTypedArray {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return typeof record.base64 === 'string' && (typedArrayNames as readonly unknown[]).includes(record.$typed)
}
