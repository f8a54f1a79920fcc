/**
 * Formula injection: a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is run as a formula by Excel or LibreOffice when a csv is opened
 * (`=HYPERLINK(...)` leaks data, `=cmd|' /C calc'!A0` runs a program). Imported text
 * is kept as the analyst's file had it; the exporters make it harmless on the way out.
 */

const formulaStart = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/

/** Whether a text would be taken for a formula by a spreadsheet (full-width signs included). */
export function looksLikeFormula(text: string): boolean {
  return formulaStart.test(text)
}

/**
 * A text value for a csv export: formula-looking text gets a leading `'`, which the
 * spreadsheet shows as text and does not run (OWASP's advice). Use it for text columns
 * only: numbers are written as numbers, so `-12.5` stays a number.
 */
export function csvSafeText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text
}

/**
 * A text value for an xlsx export, to be written as a string cell (exceljs: assign the
 * string itself, never `{ formula }`): the writer stores it as a shared string, with no
 * formula element, so Excel shows it and never runs it. The text itself is unchanged
 * (the analyst sees what their file had); this function is the one place exporters go
 * through, so a later change (such as Excel's quote-prefix style) reaches every report.
 */
export function xlsxSafeText(text: string): string {
  return text
}
