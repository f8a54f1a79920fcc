import { isWireTypedArray, type TypedArrayName } from '../../shared/wire'

const constructors: Record<TypedArrayName, new (buffer: ArrayBuffer) => ArrayBufferView> = {
  Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array
}

/** Parses bridge JSON, turning `{ $typed, base64 }` back into typed arrays. */
export function fromWireJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (!isWireTypedArray(value)) return value
    const binary = atob(value.base64)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return new constructors[value.$typed](bytes.buffer)
  })
}
