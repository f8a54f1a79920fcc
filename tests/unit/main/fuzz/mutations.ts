import fc from 'fast-check'

/**
 * Arbitraries for fuzzing: cells as readers hand them over, and mutations of good inputs
 * (characters or bytes replaced, inserted, deleted, the input cut short).
 */

/** Characters that mean something to csv, XML, numbers and dates. */
const specials = [',', ';', '\t', '|', '"', "'", '\n', '\r', '\0', '<', '>', '&', '/', '-', '.', ':', ' ', '\u00a0', '%', 'R$', '€', '=', '+', '@', 'e', 'E', '\ufeff', '\ud800', '\u200b']

/** A string biased towards the characters parsers care about. */
export const trickyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.oneof(fc.constantFrom(...specials), fc.constantFrom('0', '1', '9', '12', '31', '2024', '1.234', ',56')), { maxLength: 12 }).map((parts) => parts.join(''))
)

/** Any cell a reader may give: text, numbers of every kind, booleans, nothing. */
export const anyCell = fc.oneof(
  trickyText,
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2958465, 2958466, 60, 0),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined)
)

/** One edit of a text. */
const textEdit = fc.tuple(fc.constantFrom('replace', 'insert', 'delete'), fc.nat(), fc.constantFrom(...specials, 'x', '9'))

/** `seed` with a few edits applied. */
export function mutatedText(seed: string): fc.Arbitrary<string> {
  return fc.array(textEdit, { minLength: 1, maxLength: 4 }).map((edits) => {
    let text = seed
    for (const [kind, at, ch] of edits) {
      const i = text.length === 0 ? 0 : at % (text.length + 1)
      if (kind === 'insert') text = text.slice(0, i) + ch + text.slice(i)
      else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1)
      else text = text.slice(0, i) + ch + text.slice(i + 1)
    }
    return text
  })
}

/** `seed` bytes with some bytes overwritten or inserted, and maybe cut short. */
export function mutatedBytes(seed: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .record({
      writes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean()), { minLength: 1, maxLength: 8 }),
      cut: fc.option(fc.nat(), { freq: 4 })
    })
    .map(({ writes, cut }) => {
      let bytes = Array.from(seed)
      for (const [at, value, insert] of writes) {
        const i = at % (bytes.length + 1)
        if (insert) bytes.splice(i, 0, value)
        else bytes[Math.min(i, bytes.length - 1)] = value
      }
      if (cut !== null) bytes = bytes.slice(0, cut % (bytes.length + 1))
      return Uint8Array.from(bytes)
    })
}
