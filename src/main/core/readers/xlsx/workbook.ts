import path from 'node:path'
import type { ReadLimits } from '../limits'
import { ReadError } from '../readError'
import type { SheetInfo } from '../types'
import { isDateFormat } from './dates'
import { attributeByLocalName, refuseDoctype, startTags } from './xml'
import { readEntryBytes, type ZipDirectory, type ZipEntry } from './zip'

/** A worksheet and the zip entry holding its XML. */
export interface WorkbookSheet extends SheetInfo {
  entry: ZipEntry
}

/** What the workbook's small parts say: its sheets, date system, which styles are dates, where the shared strings are. */
export interface WorkbookLayout {
  sheets: WorkbookSheet[]
  date1904: boolean
  /** By cell style index (the `s` attribute): 1 when the style's number format is a date or time. */
  dateStyles: Uint8Array
  sharedStrings: ZipEntry | null
}

interface Relationship {
  type: string
  target: string
}

/** The text of a small XML part, or null when the zip has no such entry. */
async function readPart(dir: ZipDirectory, name: string, limits: ReadLimits): Promise<string | null> {
  const entry = dir.entries.get(name.toLowerCase())
  if (!entry) return null
  const text = (await readEntryBytes(dir, entry, limits, limits.maxPartBytes)).toString('utf8')
  refuseDoctype(text, { file: dir.file }, entry.name)
  return text
}

/** A relationship target as a zip entry name: relative to the part's folder, or absolute from the package root. */
function resolveTarget(fromPart: string, target: string): string {
  let clean = target.replace(/\\/g, '/')
  try {
    clean = decodeURIComponent(clean)
  } catch {
    // a target with a stray % is used as written
  }
  if (clean.startsWith('/')) return clean.slice(1)
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromPart), clean)).replace(/^(\.\.\/)+/, '')
}

async function readRelationships(dir: ZipDirectory, part: string, limits: ReadLimits): Promise<Map<string, Relationship>> {
  const relsName = path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`)
  const xml = await readPart(dir, relsName, limits)
  const rels = new Map<string, Relationship>()
  if (xml === null) return rels
  for (const attrs of startTags(xml, 'Relationship')) {
    if (attrs.TargetMode === 'External' || !attrs.Id || !attrs.Target) continue
    rels.set(attrs.Id, { type: attrs.Type ?? '', target: resolveTarget(part, attrs.Target) })
  }
  return rels
}

function relationshipOfType(rels: Map<string, Relationship>, type: string): Relationship | undefined {
  for (const rel of rels.values()) if (rel.type.endsWith(`/${type}`)) return rel
  return undefined
}

/** Reads the package and workbook relationships, workbook.xml and styles.xml. */
export async function readWorkbookLayout(dir: ZipDirectory, limits: ReadLimits): Promise<WorkbookLayout> {
  const { file } = dir
  const packageRels = await readRelationships(dir, '', limits)
  const workbookPart = relationshipOfType(packageRels, 'officeDocument')?.target ?? 'xl/workbook.xml'
  if (workbookPart.toLowerCase().endsWith('.bin')) {
    throw new ReadError('unsupported', { file }, 'it is a binary Excel workbook (.xlsb); save it as .xlsx and open it again.')
  }
  const workbookXml = await readPart(dir, workbookPart, limits)
  if (workbookXml === null) throw new ReadError('not-xlsx', { file }, 'it is a zip file but not an Excel workbook (it has no workbook part).')
  const rels = await readRelationships(dir, workbookPart, limits)

  let date1904 = false
  for (const attrs of startTags(workbookXml, 'workbookPr')) date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true'
  const sheets: WorkbookSheet[] = []
  for (const attrs of startTags(workbookXml, 'sheet')) {
    const rel = rels.get(attributeByLocalName(attrs, 'id') ?? '')
    if (!rel || !rel.type.endsWith('/worksheet')) continue
    const entry = dir.entries.get(rel.target.toLowerCase())
    if (!entry) throw new ReadError('corrupt', { file }, `the workbook lists sheet "${attrs.name}" but its part "${rel.target}" is missing.`)
    sheets.push({ name: attrs.name ?? `Sheet${sheets.length + 1}`, index: sheets.length, hidden: attrs.state === 'hidden' || attrs.state === 'veryHidden', entry })
  }

  const stylesRel = relationshipOfType(rels, 'styles')
  const stylesXml = stylesRel ? await readPart(dir, stylesRel.target, limits) : null
  const stringsRel = relationshipOfType(rels, 'sharedStrings')
  return {
    sheets,
    date1904,
    dateStyles: stylesXml === null ? new Uint8Array(0) : readDateStyles(stylesXml),
    sharedStrings: stringsRel ? (dir.entries.get(stringsRel.target.toLowerCase()) ?? null) : null
  }
}

/** Which cell styles (`cellXfs`, by index) have a date or time number format. */
export function readDateStyles(stylesXml: string): Uint8Array {
  const codes = new Map<number, string>()
  for (const attrs of startTags(stylesXml, 'numFmt')) codes.set(Number(attrs.numFmtId), attrs.formatCode ?? '')
  const open = /<(?:[\w.-]+:)?cellXfs[\s>]/.exec(stylesXml)
  if (!open) return new Uint8Array(0)
  const close = stylesXml.search(/<\/(?:[\w.-]+:)?cellXfs>/)
  const section = stylesXml.slice(open.index, close === -1 ? undefined : close)
  const styles: number[] = []
  for (const attrs of startTags(section, 'xf')) {
    const id = Number(attrs.numFmtId ?? 0)
    styles.push(isDateFormat(id, codes.get(id)) ? 1 : 0)
  }
  return Uint8Array.from(styles)
}
