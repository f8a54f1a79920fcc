import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { completeUtf8Length, decodeWindows1252, guessEncoding, TextChunkDecoder } from '../../../../src/main/core/readers/encoding'
import { encodeWindows1252 } from '../../../fixtures/csv'

function decodeInPieces(bytes: Uint8Array, cuts: number[]): string {
  const decoder = new TextChunkDecoder(guessEncoding(bytes.subarray(0, 16)))
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
  let text = ''
  let from = 0
  for (const point of points) {
    text += decoder.decode(bytes.subarray(from, point), false)
    from = point
  }
  return text + decoder.decode(bytes.subarray(from), true)
}

describe('encoding', () => {
  it('guesses from the byte order mark, then from UTF-8 validity', () => {
    expect(guessEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ encoding: 'utf-8', bomLength: 3, certain: true })
    expect(guessEncoding(Buffer.from([0xff, 0xfe, 0x61, 0]))).toEqual({ encoding: 'utf-16le', bomLength: 2, certain: true })
    expect(guessEncoding(Buffer.from([0xfe, 0xff, 0, 0x61]))).toEqual({ encoding: 'utf-16be', bomLength: 2, certain: true })
    expect(guessEncoding(Buffer.from('ação', 'utf8'))).toEqual({ encoding: 'utf-8', bomLength: 0, certain: true })
    expect(guessEncoding(Buffer.from('ação', 'latin1'))).toEqual({ encoding: 'windows-1252', bomLength: 0, certain: true })
    expect(guessEncoding(Buffer.from('plain'))).toEqual({ encoding: 'utf-8', bomLength: 0, certain: false })
  })

  it('does not count a character cut at the end of the sample against UTF-8', () => {
    const bytes = Buffer.from('preço', 'utf8')
    expect(guessEncoding(bytes.subarray(0, bytes.length - 2)).encoding).toBe('utf-8')
    expect(completeUtf8Length(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1)
    expect(completeUtf8Length(Buffer.from([0x61, 0xe2, 0x82, 0xac]))).toBe(4)
  })

  it('decodes all of Windows-1252, including 0x80-0x9F', () => {
    expect(decodeWindows1252(Buffer.from([0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x85, 0x99, 0x8a, 0x9f]))).toBe('€‘’“”–—…™ŠŸ')
    expect(decodeWindows1252(Buffer.from([0xe7, 0xe3, 0xe9, 0xc9, 0xfc]))).toBe('çãéÉü')
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    expect(decodeWindows1252(all)).toHaveLength(256)
  })

  it('decodes UTF-8 cut anywhere into chunks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        expect(decodeInPieces(Buffer.from(text, 'utf8'), cuts)).toBe(text)
      }),
      { numRuns: 500 }
    )
  })

  it('decodes Windows-1252 text cut anywhere into chunks, even when it starts as ASCII', () => {
    // Each accented character is followed by an ASCII one, as in real words: such bytes
    // are never valid UTF-8 (two Latin-1 bytes in a row, like "Ç“", can be).
    const syllable = fc.tuple(fc.constantFrom('ç', 'ã', 'é', 'Ç', 'Á', '€', '“', '”', 'ß', 'a'), fc.constantFrom('a', 'o', ' ', '1', '\n')).map(([a, b]) => a + b)
    fc.assert(
      fc.property(fc.array(syllable, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), (syllables, cuts) => {
        const text = `ascii start ${syllables.join('')}`
        expect(decodeInPieces(encodeWindows1252(text), cuts)).toBe(text)
      }),
      { numRuns: 500 }
    )
  })

  it('replaces bytes that break UTF-8 in a file already seen to be UTF-8, and says so', () => {
    const decoder = new TextChunkDecoder(guessEncoding(Buffer.from('ação', 'utf8')))
    const text = decoder.decode(Buffer.from('ação', 'utf8'), false) + decoder.decode(Buffer.from([0x61, 0xff, 0x62]), true)
    expect(text).toBe('açãoa\ufffdb')
    expect(decoder.replacedInvalidBytes).toBe(true)
    expect(decoder.encoding).toBe('utf-8')
  })
})
