/**
 * CSV for e-mail platforms and spreadsheets, written in the renderer (the core has no
 * channel that writes a CSV yet) and saved through a Blob link, in the browser and in
 * Electron alike. A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`,
 * tab, carriage return) is escaped with a leading `'`.
 */

const formulaStart = /^[=+\-@\t\r]/

/** One CSV field: formula-looking text escaped, quoted when it holds a separator, a quote or a line break. */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A CSV document: a header line, then one line per row, CRLF line ends, UTF-8 BOM so Excel reads accents. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`
}

/** Saves a text as a file download (the browser's, or Electron's save dialog). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
