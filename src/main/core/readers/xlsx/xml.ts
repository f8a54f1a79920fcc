import { ReadError, type ReadErrorPlace } from '../readError'

/**
 * Small helpers for reading SpreadsheetML without a DOM. Only the five predefined
 * entities and numeric character references are decoded; a document that declares a
 * DOCTYPE (the only way to define entities, as in "billion laughs") is refused.
 */

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g
const EXCEL_ESCAPE = /_x([0-9a-fA-F]{4})_/g

/** Decodes XML character and entity references in text or an attribute value; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return PREDEFINED[ref]
    const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/**
 * Decodes the text of a cell string: XML references, then Excel's own `_xHHHH_` escapes
 * (how Excel stores control characters such as a carriage return, `_x000D_`).
 */
export function decodeCellText(text: string): string {
  const decoded = decodeEntities(text)
  if (decoded.indexOf('_x') === -1) return decoded
  return decoded.replace(EXCEL_ESCAPE, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/** Throws when the XML declares a DOCTYPE or entities. */
export function refuseDoctype(text: string, place: ReadErrorPlace, part: string): void {
  if (text.indexOf('<!DOCTYPE') !== -1 || text.indexOf('<!ENTITY') !== -1) {
    throw new ReadError('xml-doctype', place, `"${part}" declares a DOCTYPE or entities, which spreadsheets never need and Pulso refuses (they can expand without limit).`)
  }
}

/**
 * The namespace prefix of the root element, with its colon (`x:`), or '' when there is
 * none; null while the text does not yet hold the root element's whole name.
 */
export function rootPrefix(text: string): string | null {
  let i = text.indexOf('<')
  while (i !== -1 && (text.charCodeAt(i + 1) === 63 || text.charCodeAt(i + 1) === 33)) i = text.indexOf('<', i + 1)
  if (i === -1) return null
  const match = /^<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s/>]/.exec(text.slice(i, i + 256))
  return match ? (match[1] ?? '') : null
}

/** Every start tag of an element (any prefix) with its attributes, in order. */
export function* startTags(text: string, localName: string): Generator<Record<string, string>> {
  const tag = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}(?=[\\s/>])([^>]*)>`, 'g')
  for (let match = tag.exec(text); match; match = tag.exec(text)) yield attributes(match[1])
}

/** The attributes of a start tag's inside, decoded; prefixed names keep their prefix (`r:id`). */
export function attributes(inside: string): Record<string, string> {
  const result: Record<string, string> = {}
  const attribute = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
  for (let match = attribute.exec(inside); match; match = attribute.exec(inside)) {
    result[match[1]] = decodeEntities(match[2] ?? match[3])
  }
  return result
}

/** The value of the first attribute whose local name is `localName` (`id` finds `r:id`). */
export function attributeByLocalName(attrs: Record<string, string>, localName: string): string | undefined {
  for (const [name, value] of Object.entries(attrs)) {
    if (name === localName || name.endsWith(`:${localName}`)) return value
  }
  return undefined
}

/** The text of a rich or plain string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic guides (`<rPh>`) left out. */
export function stringItemText(xml: string, prefix: string): string {
  let source = xml
  if (source.indexOf(`<${prefix}rPh`) !== -1) source = source.replace(new RegExp(`<${prefix}rPh[\\s>][\\s\\S]*?</${prefix}rPh>`, 'g'), '')
  const open = `<${prefix}t`
  const close = `</${prefix}t>`
  let text = ''
  let runs = 0
  for (let i = source.indexOf(open); i !== -1; i = source.indexOf(open, i + 1)) {
    const after = source.charCodeAt(i + open.length)
    if (after !== 62 && after !== 32 && after !== 47 && after !== 9 && after !== 10 && after !== 13) continue
    const tagEnd = source.indexOf('>', i)
    if (tagEnd === -1) break
    if (source.charCodeAt(tagEnd - 1) === 47) continue
    const end = source.indexOf(close, tagEnd)
    if (end === -1) break
    let run = source.substring(tagEnd + 1, end)
    if (run.startsWith('<![CDATA[')) run = run.slice(9, run.endsWith(']]>') ? -3 : undefined)
    else run = decodeCellText(run)
    text = runs === 0 ? run : text + run
    runs++
    i = end
  }
  return text
}
