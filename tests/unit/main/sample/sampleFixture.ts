import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A fresh temporary folder, and the function that removes it. */
export function temporaryDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-sample-test-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * The rows of a `;` csv as text, header first, read on our own (not with Pulso's
 * reader), so the tests check the importer against an independent reading.
 */
export function csvRows(file: string, encoding: 'latin1' | 'utf8'): string[][] {
  let text = readFileSync(file).toString(encoding)
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ';') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''))
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}

/** `31/12/2025` -> `2025-12`. */
export const monthOfBrazilianDate = (text: string): string => `${text.slice(6, 10)}-${text.slice(3, 5)}`
