/**
 * Text from imported data is written as text, never as a formula. exceljs writes a string
 * as a string cell; this module marks the risky ones (a leading `=`, `+`, `-`, `@`, tab or
 * carriage return, which a spreadsheet may take for a formula when the cell is edited or
 * the sheet is saved as csv) with the Text number format, so re-entering them keeps text.
 */

const formulaStart = /^[=+\-@\t\r]/

/** True when a spreadsheet could read this text as the start of a formula. */
export function looksLikeFormula(text: string): boolean {
  return formulaStart.test(text)
}

/** Whether a UTF-16 code unit is one XML 1.0 cannot carry (controls other than tab, line feed, carriage return; U+FFFE, U+FFFF). */
function refusedByXml(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff
}

/** The text as a cell may hold it: characters XML refuses are dropped, the rest is kept as it is. */
export function cellText(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (refusedByXml(text.charCodeAt(i))) return Array.from(text, (ch) => (refusedByXml(ch.charCodeAt(0)) ? '' : ch)).join('')
  }
  return text
}
