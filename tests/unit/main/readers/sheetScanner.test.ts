import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_READ_LIMITS, type SheetRow } from '../../../../src/main/core/readers'
import { isDateFormat, serialToDate } from '../../../../src/main/core/readers/xlsx/dates'
import { SheetScanner } from '../../../../src/main/core/readers/xlsx/sheetScanner'
import { INLINE_WORKBOOK, NO_REFERENCES_WORKBOOK, PREFIXED_WORKBOOK } from '../../../fixtures/xlsx'
import { sheetXml } from '../../../fixtures/xlsxPackage'

const context = {
  sharedStrings: ['zero', 'um', 'dois', 'três', 'Cliente', 'Olá mundo', '東京', 'A & B'],
  dateStyles: Uint8Array.from([0, 1, 1, 1, 1, 0, 0, 1]),
  date1904: false,
  limits: DEFAULT_READ_LIMITS,
  file: 'test.xlsx',
  sheet: 'Sheet1',
  part: 'xl/worksheets/sheet1.xml'
}

function scan(bytes: Buffer, cuts: number[]): SheetRow[] {
  const scanner = new SheetScanner(context)
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
  const rows: SheetRow[] = []
  let from = 0
  for (const point of points) {
    rows.push(...scanner.push(bytes.subarray(from, point), false))
    from = point
  }
  rows.push(...scanner.push(bytes.subarray(from), true))
  return rows
}

describe('sheet scanner', () => {
  const sheets = [
    sheetXml(INLINE_WORKBOOK.sheets[0]),
    sheetXml(NO_REFERENCES_WORKBOOK.sheets[0]),
    sheetXml({ name: 'p', rows: PREFIXED_WORKBOOK.sheets[0].rows.replace(/<x:row r="2">/, '<x:row r="2" spans="1:3"><x:c r="E2" t="inlineStr"><x:is><x:t>ação</x:t></x:is></x:c>') }, 'x'),
    sheetXml({ name: 's', rows: '<row r="1"><c r="A1" t="s"><v>3</v></c><c r="C1" t="inlineStr"><is><t>Preço € “x”</t></is></c></row><row r="2" ht="20" customHeight="1"/><row r="4"><c r="B4" s="1"><v>45000.25</v></c></row>' })
  ]

  it('gives the same rows however the XML is cut into chunks', () => {
    for (const xml of sheets) {
      const bytes = Buffer.from(xml, 'utf8')
      const whole = scan(bytes, [])
      expect(whole.length).toBeGreaterThan(1)
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
          expect(scan(bytes, cuts)).toEqual(whole)
        }),
        { numRuns: 300 }
      )
      for (let cut = 0; cut <= bytes.length; cut++) expect(scan(bytes, [cut])).toEqual(whole)
    }
  })

  it('decodes UTF-8 text cut between chunks', () => {
    const rows = scan(Buffer.from(sheets[3], 'utf8'), [])
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['três', null, 'Preço € “x”'] },
      { rowNumber: 4, cells: [null, { kind: 'date', value: '2023-03-15T06:00:00' }] }
    ])
  })
})

describe('date serials and formats', () => {
  it.each([
    [14, undefined, true],
    [22, undefined, true],
    [46, undefined, true],
    [4, undefined, false],
    [164, 'dd/mm/yyyy', true],
    [164, 'DD/MM/YYYY hh:mm', true],
    [164, '[$-416]mmm/yy', true],
    [164, '[h]:mm', true],
    [164, '"R$" #,##0.00', false],
    [164, '#,##0.00 "dias"', false],
    [164, '[Red]#,##0;[Blue]-#,##0', false],
    [164, '0.00E+00', false],
    [164, 'General', false],
    [164, '@', false],
    [164, '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)', false]
  ])('format %i %s is a date: %s', (id, code, date) => {
    expect(isDateFormat(id, code)).toBe(date)
  })

  it.each([
    [45657, false, '2024-12-31'],
    [45657.5, false, '2024-12-31T12:00:00'],
    [45657.999999, false, '2025-01-01'],
    [45657.0000001, false, '2024-12-31'],
    [43830.5, true, '2024-01-01T12:00:00'],
    [1, false, '1900-01-01'],
    [60, false, '1900-02-29'],
    [61, false, '1900-03-01'],
    [0.25, false, '1899-12-30T06:00:00']
  ])('serial %f (1904: %s) is %s', (serial, date1904, value) => {
    expect(serialToDate(serial, date1904)).toEqual({ kind: 'date', value })
  })
})
