import type { ReadLimits } from '../limits'
import { formatBytes, ReadError } from '../readError'
import { refuseDoctype, rootPrefix, stringItemText } from './xml'
import { readEntry, type ZipDirectory, type ZipEntry } from './zip'

/**
 * Loads sharedStrings.xml: every `<si>` item's text, rich-text runs joined, in order (a
 * cell of type `s` holds an index into this list). It is read as a stream, item by
 * item, but the list is kept whole because any row may use any string.
 */
export async function readSharedStrings(dir: ZipDirectory, entry: ZipEntry, limits: ReadLimits): Promise<string[]> {
  const place = { file: dir.file }
  if (entry.uncompressedSize > limits.maxSharedStringsBytes) {
    throw new ReadError('too-large', place, `its shared strings are ${formatBytes(entry.uncompressedSize)}, more than the ${formatBytes(limits.maxSharedStringsBytes)} allowed.`)
  }
  const strings: string[] = []
  const decoder = new TextDecoder('utf-8')
  let prefix: string | null = null
  let carry = ''
  const scan = (text: string, final: boolean): void => {
    const p = prefix ?? ''
    const open = `<${p}si`
    const close = `</${p}si>`
    let pos = 0
    for (;;) {
      const start = text.indexOf(open, pos)
      if (start === -1 || start + open.length >= text.length) break
      const after = text.charCodeAt(start + open.length)
      if (after !== 62 && after !== 32 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
        pos = start + open.length
        continue
      }
      const tagEnd = text.indexOf('>', start)
      if (tagEnd === -1) break
      if (text.charCodeAt(tagEnd - 1) === 47) {
        strings.push('')
        pos = tagEnd + 1
        continue
      }
      const end = text.indexOf(close, tagEnd)
      if (end === -1) break
      strings.push(stringItemText(text.substring(tagEnd + 1, end), p))
      pos = end + close.length
    }
    carry = final ? '' : text.slice(pos)
    if (carry.length > limits.maxRowChars) {
      throw new ReadError('cell-too-long', place, `a shared string is longer than ${limits.maxRowChars.toLocaleString('en')} characters of XML.`)
    }
  }
  for await (const chunk of readEntry(dir, entry, limits)) {
    const text = carry + decoder.decode(chunk.data, { stream: true })
    if (prefix === null) {
      refuseDoctype(text.slice(0, 65536), place, entry.name)
      prefix = rootPrefix(text)
      if (prefix === null) {
        carry = text
        continue
      }
    }
    scan(text, false)
  }
  scan(carry + decoder.decode(), true)
  return strings
}
