import { isAscii, isUtf8 } from 'node:buffer'
import { TextDecoder } from 'node:util'

/** The text encodings the csv reader tells apart. */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'

/** What the first bytes of a file say about its encoding. */
export interface EncodingGuess {
  encoding: TextEncoding
  /** Length of the byte order mark to skip (0 when there is none). */
  bomLength: number
  /** False when the sample was plain ASCII: a later non-ASCII byte still decides between UTF-8 and Windows-1252. */
  certain: boolean
}

/**
 * Guesses the encoding of a text file from a sample of its first bytes: a byte order
 * mark wins; otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252 (the
 * superset of Latin-1 that Excel in Brazil writes). A multi-byte character cut at the
 * end of the sample does not count against UTF-8.
 */
export function guessEncoding(sample: Uint8Array): EncodingGuess {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, certain: true }
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, certain: true }
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, certain: true }
  const whole = sample.subarray(0, completeUtf8Length(sample))
  if (isAscii(whole)) return { encoding: 'utf-8', bomLength: 0, certain: false }
  if (isUtf8(whole)) return { encoding: 'utf-8', bomLength: 0, certain: true }
  return { encoding: 'windows-1252', bomLength: 0, certain: true }
}

/**
 * Turns a file's bytes into text chunk by chunk, carrying multi-byte characters cut
 * between chunks. A file that looked like ASCII switches to Windows-1252 at its first
 * byte that is not valid UTF-8 (no text decoded before differs between the two); in a
 * file already seen to be UTF-8, an invalid byte becomes U+FFFD. (A Windows-1252 file
 * whose first megabyte is ASCII and whose first non-ASCII chunk happens to be valid
 * UTF-8, such as "Ç“" alone, is read as UTF-8: real text essentially never does that.)
 */
export class TextChunkDecoder {
  private mode: TextEncoding | 'ascii-so-far'
  private pending: Uint8Array = new Uint8Array(0)
  private readonly utf16: TextDecoder | null
  /** True once an invalid UTF-8 byte was replaced by U+FFFD. */
  replacedInvalidBytes = false

  constructor(guess: EncodingGuess) {
    this.mode = guess.encoding === 'utf-8' && !guess.certain ? 'ascii-so-far' : guess.encoding
    this.utf16 = guess.encoding === 'utf-16le' || guess.encoding === 'utf-16be' ? new TextDecoder(guess.encoding) : null
  }

  /** The encoding in use now (it may have changed from the guess). */
  get encoding(): TextEncoding {
    return this.mode === 'ascii-so-far' ? 'utf-8' : this.mode
  }

  /** Decodes the next chunk; `final` flushes what is carried. */
  decode(chunk: Uint8Array, final: boolean): string {
    if (this.utf16) return this.utf16.decode(chunk, { stream: !final })
    if (this.mode === 'windows-1252') return decodeWindows1252(chunk)
    const data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    const cut = final ? data.length : completeUtf8Length(data)
    const part = data.subarray(0, cut)
    if (isAscii(part)) {
      this.pending = Uint8Array.from(data.subarray(cut))
      return part.toString('latin1')
    }
    if (isUtf8(part)) {
      this.mode = 'utf-8'
      this.pending = Uint8Array.from(data.subarray(cut))
      return part.toString('utf8')
    }
    if (this.mode === 'ascii-so-far') {
      this.mode = 'windows-1252'
      this.pending = new Uint8Array(0)
      return decodeWindows1252(data)
    }
    this.replacedInvalidBytes = true
    this.pending = Uint8Array.from(data.subarray(cut))
    return part.toString('utf8')
  }
}

/** Windows-1252 characters of bytes 0x80-0x9F (where it differs from Latin-1); the five unassigned bytes map to C1 controls, as browsers do. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
].map((code) => String.fromCharCode(code))

const C1_RANGE = /[\x80-\x9f]/g

/** Decodes Windows-1252 bytes, including € and curly quotes in 0x80-0x9F. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  C1_RANGE.lastIndex = 0
  if (!C1_RANGE.test(latin1)) return latin1
  return latin1.replace(C1_RANGE, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80])
}

/** Length of the prefix of `bytes` that does not end inside a UTF-8 multi-byte sequence. */
export function completeUtf8Length(bytes: Uint8Array): number {
  const end = bytes.length
  for (let back = 1; back <= 3 && back <= end; back++) {
    const b = bytes[end - back]
    if (b < 0x80) return end
    if (b >= 0xc0) {
      const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2
      return needed > back ? end - back : end
    }
  }
  return end
}
