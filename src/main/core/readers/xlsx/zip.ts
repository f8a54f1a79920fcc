import { createReadStream } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { createInflateRaw } from 'node:zlib'
import type { ReadLimits } from '../limits'
import { fileSystemError, formatBytes, ReadError } from '../readError'

/** One file inside the zip, as its central directory describes it. */
export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated. */
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

/** The zip's table of contents; entries are found by lower-case name (xlsx part names are case-insensitive). */
export interface ZipDirectory {
  file: string
  size: number
  entries: Map<string, ZipEntry>
}

/** A piece of an entry's unpacked bytes, with how many packed bytes were read to get here. */
export interface EntryChunk {
  data: Buffer
  packedBytesRead: number
}

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const READ_BYTES = 256 * 1024

function corrupt(file: string, why: string): ReadError {
  return new ReadError('corrupt', { file }, `the xlsx file is damaged or truncated (${why}).`)
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await handle.read(buffer, 0, length, position)
  return buffer.subarray(0, bytesRead)
}

/**
 * Reads the central directory at the end of the zip (zip64 included) and checks what it
 * declares against the limits before anything is unpacked: a zip bomb is refused here
 * when it tells the truth about its sizes, and while unpacking when it lies.
 */
export async function readZipDirectory(file: string, limits: ReadLimits): Promise<ZipDirectory> {
  let handle: FileHandle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    throw fileSystemError(file, error)
  }
  try {
    const size = (await handle.stat()).size
    const tailLength = Math.min(size, 22 + 65535)
    const tail = await readAt(handle, size - tailLength, tailLength)
    let eocd = -1
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i
        break
      }
    }
    if (eocd < 0) throw corrupt(file, 'no zip directory at its end')
    let count = tail.readUInt16LE(eocd + 10)
    let cdSize = tail.readUInt32LE(eocd + 12)
    let cdOffset = tail.readUInt32LE(eocd + 16)
    if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && tail.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) {
      const z64 = await readAt(handle, Number(tail.readBigUInt64LE(eocd - 12)), 56)
      if (z64.length < 56 || z64.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) throw corrupt(file, 'bad zip64 directory')
      count = Number(z64.readBigUInt64LE(32))
      cdSize = Number(z64.readBigUInt64LE(40))
      cdOffset = Number(z64.readBigUInt64LE(48))
    }
    if (cdOffset + cdSize > size) throw corrupt(file, 'its directory points past the end of the file')
    if (cdSize > limits.maxPartBytes) throw new ReadError('too-large', { file }, `its zip directory is larger than ${formatBytes(limits.maxPartBytes)}.`)
    const cd = await readAt(handle, cdOffset, cdSize)
    const entries = parseCentralDirectory(file, cd, count, size)
    checkDeclaredSizes(file, entries, limits)
    return { file, size, entries }
  } finally {
    await handle.close()
  }
}

function parseCentralDirectory(file: string, cd: Buffer, count: number, fileSize: number): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>()
  let p = 0
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw corrupt(file, 'bad zip directory entry')
    const flags = cd.readUInt16LE(p + 8)
    const nameLength = cd.readUInt16LE(p + 28)
    const extraLength = cd.readUInt16LE(p + 30)
    const commentLength = cd.readUInt16LE(p + 32)
    const name = cd.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength)
    const entry: ZipEntry = {
      name,
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      uncompressedSize: cd.readUInt32LE(p + 24),
      localHeaderOffset: cd.readUInt32LE(p + 42)
    }
    readZip64Extra(cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry)
    if (flags & 0x1) throw new ReadError('unsupported', { file }, 'the workbook is encrypted; save it without a password and open it again.')
    if (entry.localHeaderOffset + entry.compressedSize > fileSize) throw corrupt(file, `"${name}" ends past the end of the file`)
    entries.set(name.toLowerCase(), entry)
    p += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q)
    const length = extra.readUInt16LE(q + 2)
    if (id === 0x0001) {
      let r = q + 4
      const next = (): number => {
        const value = r + 8 <= q + 4 + length ? Number(extra.readBigUInt64LE(r)) : 0
        r += 8
        return value
      }
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next()
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next()
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next()
    }
    q += 4 + length
  }
}

function checkDeclaredSizes(file: string, entries: Map<string, ZipEntry>, limits: ReadLimits): void {
  let total = 0
  for (const entry of entries.values()) {
    total += entry.uncompressedSize
    checkUnpacked(file, entry, entry.uncompressedSize, entry.compressedSize, limits)
  }
  if (total > limits.maxTotalUnpackedBytes) {
    throw new ReadError('zip-bomb', { file }, `it would unpack to ${formatBytes(total)}, more than the ${formatBytes(limits.maxTotalUnpackedBytes)} allowed.`)
  }
}

function checkUnpacked(file: string, entry: ZipEntry, unpacked: number, packed: number, limits: ReadLimits): void {
  if (unpacked > limits.maxEntryUnpackedBytes) {
    throw new ReadError('zip-bomb', { file }, `"${entry.name}" would unpack to more than the ${formatBytes(limits.maxEntryUnpackedBytes)} allowed for one part.`)
  }
  if (unpacked > limits.ratioCheckAfterBytes && unpacked / Math.max(packed, 1) > limits.maxCompressionRatio) {
    throw new ReadError('zip-bomb', { file }, `"${entry.name}" unpacks more than ${limits.maxCompressionRatio} times its packed size (the most allowed): it looks like a zip bomb.`)
  }
}

/**
 * Streams one entry's unpacked bytes, reading and inflating (with Node's zlib, off the
 * main thread) as the caller consumes them. Stops with a ReadError when the entry
 * unpacks beyond what it declared or beyond the limits; stopping the loop early
 * releases the file.
 */
export async function* readEntry(dir: ZipDirectory, entry: ZipEntry, limits: ReadLimits): AsyncGenerator<EntryChunk> {
  const { file } = dir
  if (entry.method !== 0 && entry.method !== 8) throw new ReadError('unsupported', { file }, `"${entry.name}" uses zip compression method ${entry.method}, which is not supported.`)
  let handle: FileHandle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    throw fileSystemError(file, error)
  }
  let header: Buffer
  try {
    header = await readAt(handle, entry.localHeaderOffset, 30)
  } finally {
    await handle.close()
  }
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw corrupt(file, `bad header for "${entry.name}"`)
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
  if (entry.compressedSize === 0) return
  if (start + entry.compressedSize > dir.size) throw corrupt(file, `"${entry.name}" ends past the end of the file`)
  const source = createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: READ_BYTES })
  let output: Readable = source
  if (entry.method === 8) {
    const inflate = createInflateRaw({ chunkSize: READ_BYTES })
    source.on('error', (error) => inflate.destroy(error))
    output = source.pipe(inflate)
  }
  let unpacked = 0
  try {
    for await (const data of output as AsyncIterable<Buffer>) {
      unpacked += data.length
      if (unpacked > entry.uncompressedSize) throw new ReadError('zip-bomb', { file }, `"${entry.name}" unpacks to more than the ${formatBytes(entry.uncompressedSize)} it declares: the file is damaged or hostile.`)
      checkUnpacked(file, entry, unpacked, source.bytesRead, limits)
      yield { data, packedBytesRead: source.bytesRead }
    }
  } catch (error) {
    if (error instanceof ReadError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (typeof code === 'string' && code.startsWith('Z_')) throw corrupt(file, `"${entry.name}" cannot be unpacked: ${(error as Error).message}`)
    throw fileSystemError(file, error)
  } finally {
    source.destroy()
    if (output !== source) output.destroy()
  }
}

/** An entry's whole unpacked bytes, for the small parts (refused above `maxBytes`). */
export async function readEntryBytes(dir: ZipDirectory, entry: ZipEntry, limits: ReadLimits, maxBytes: number): Promise<Buffer> {
  if (entry.uncompressedSize > maxBytes) {
    throw new ReadError('too-large', { file: dir.file }, `"${entry.name}" is ${formatBytes(entry.uncompressedSize)}, more than the ${formatBytes(maxBytes)} allowed for it.`)
  }
  const chunks: Buffer[] = []
  for await (const chunk of readEntry(dir, entry, limits)) chunks.push(chunk.data)
  return Buffer.concat(chunks)
}
