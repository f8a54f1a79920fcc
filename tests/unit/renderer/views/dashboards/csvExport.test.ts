import { describe, expect, it } from 'vitest'
import { csvField, csvText } from '../../../../../src/renderer/views/dashboards/csvExport'

describe('the survey list CSV', () => {
  it('escapes text a spreadsheet would run as a formula with a leading quote', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvField('+55 11 9999')).toBe("'+55 11 9999")
    expect(csvField('-2')).toBe("'-2")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField(-2)).toBe('-2')
  })

  it('quotes separators, quotes and line breaks; blank for null', () => {
    expect(csvField('Silva, Ana')).toBe('"Silva, Ana"')
    expect(csvField('a;b')).toBe('"a;b"')
    expect(csvField('linha\nnova')).toBe('"linha\nnova"')
    expect(csvField(null)).toBe('')
    expect(csvField('São Paulo')).toBe('São Paulo')
  })

  it('is a header and one CRLF line per row, with a BOM for Excel', () => {
    expect(csvText(['Cliente', 'Última compra'], [['C1', '2025-11-02'], ['C2', null]])).toBe('\uFEFFCliente,Última compra\r\nC1,2025-11-02\r\nC2,\r\n')
  })
})
