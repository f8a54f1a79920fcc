import { typedArrayNames, type TypedArrayName, type WireTypedArray } from '../../shared/wire'

/** JSON text of a value whose typed arrays are written as `shared/wire.ts` says. */
export function toWireJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (ArrayBuffer.isView(item) && !(item instanceof DataView)) {
      const name = item.constructor.name as TypedArrayName
      if ((typedArrayNames as readonly string[]).includes(name)) {
        const wire: WireTypedArray = { $typed: name, base64: Buffer.from(item.buffer, item.byteOffset, item.byteLength).toString('base64') }
        return wire
      }
    }
    return item
  })
}
