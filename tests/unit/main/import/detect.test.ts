import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { detectTable, fileShapeKey, type SheetCell, type TableDetection } from '../../../../src/main/core/import/detect'
import { parseValue } from '../../../../src/shared/parse/value'

const fields = (detection: TableDetection): Record<string, string> => Object.fromEntries(detection.mapping.map((m) => [m.field, m.header]))

/** An ugly pt-BR sales sheet as a lean xlsx reader hands it over: merged cells are blank. */
const uglySheet: SheetCell[][] = [
  ['Relatório de Vendas — Loja Exemplo Ltda.', null, null, null, null],
  ['Período: 01/01/2024 a 31/03/2024', null, null, null, null],
  [],
  ['Cliente', null, 'Compra', null, null],
  ['Código do Cliente', 'Nome do Cliente', 'Data da Compra', 'Nº do Pedido', 'Valor (R$)'],
  ['C-001', 'Ana Souza', '05/01/2024', 'P-1001', 'R$ 1.234,56'],
  ['C-002', 'Bruno Lima', '13/01/2024', 'P-1002', 'R$ 89,90'],
  [null, null, null, null, null],
  ['C-001', 'Ana Souza', '02/02/2024', 'P-1003', 'R$ 2.000,00'],
  ['C-003', 'Carla Dias', '28/02/2024', 'P-1004', '(R$ 50,00)'],
  ['Total', null, null, null, 'R$ 3.274,46'],
  ['Gerado pelo ERP em 01/04/2024', null, null, null, null]
]

describe('detectTable on an ugly pt-BR sheet', () => {
  const detection = detectTable(uglySheet)

  it('finds the header below the title rows and the group row', () => {
    expect(detection).toMatchObject({ headerRow: 4, dataStart: 5, totalsRow: 10 })
    expect(detection.headers).toEqual(['Código do Cliente', 'Nome do Cliente', 'Data da Compra', 'Nº do Pedido', 'Valor (R$)'])
  })

  it('proposes revenue lines with customer, date, amount and order', () => {
    expect(detection).toMatchObject({ kind: 'revenue', missing: [] })
    expect(fields(detection)).toEqual({ customer: 'Código do Cliente', date: 'Data da Compra', amount: 'Valor (R$)', orderId: 'Nº do Pedido' })
    expect(detection.confidence).toBeGreaterThan(0.6)
  })

  it('decides the columns are day-first with decimal comma, so values read right', () => {
    const date = detection.conventions[2]
    const money = detection.conventions[4]
    expect(date.dateOrder).toBe('dmy')
    expect(money.decimal).toBe(',')
    expect(parseValue('date', '13/01/2024', date)).toEqual({ ok: true, value: '2024-01-13' })
    expect(parseValue('money', '(R$ 50,00)', money)).toEqual({ ok: true, value: -50 })
  })

  it('takes names from the row above for cells merged down', () => {
    const rows: SheetCell[][] = [
      ['Relatório', null, null, null, null],
      ['Código do Cliente', 'Nome', 'Compra', null, null],
      [null, null, 'Data da Compra', 'Pedido', 'Valor (R$)'],
      ['C-1', 'Ana', '31/12/2024', 'P-1', '1.234,56']
    ]
    const merged = detectTable(rows)
    expect(merged.headers).toEqual(['Código do Cliente', 'Nome', 'Data da Compra', 'Pedido', 'Valor (R$)'])
    expect(merged).toMatchObject({ headerRow: 2, dataStart: 3, kind: 'revenue' })
  })

  it('carries a label merged across only over its own sub-headers', () => {
    const rows: SheetCell[][] = [
      ['Código do Cliente', 'Nome', 'Compra', null],
      [null, null, 'Data da Compra', 'Valor (R$)'],
      ['C-1', 'Ana', '31/12/2024', '1.234,56']
    ]
    const merged = detectTable(rows)
    expect(merged.headers).toEqual(['Código do Cliente', 'Nome', 'Data da Compra', 'Compra Valor (R$)'])
    expect(merged).toMatchObject({ headerRow: 0, dataStart: 2, kind: 'revenue' })
    const split = detectTable([['Código do Cliente', 'Nome', null, null], [null, null, 'Data da Compra', 'Valor (R$)'], ['C-1', 'Ana', '31/12/2024', '1.234,56']])
    expect(split.headers).toEqual(['Código do Cliente', 'Nome', 'Data da Compra', 'Valor (R$)'])
  })

  it('joins a label merged across with the sub-header below it', () => {
    const rows: SheetCell[][] = [
      ['Cliente', 'Mês', 'Receita', null],
      [null, null, 'Assinaturas', 'Serviços'],
      ['C-1', 'dez/2024', '1.000,00', '200,00']
    ]
    const merged = detectTable(rows)
    expect(merged.headers).toEqual(['Cliente', 'Mês', 'Receita Assinaturas', 'Receita Serviços'])
    expect(merged).toMatchObject({ dataStart: 2, kind: 'revenue' })
    expect(fields(merged)).toMatchObject({ customer: 'Cliente', month: 'Mês', amount: 'Receita Assinaturas' })
  })

  it('reads the same sheet written as a real xlsx with merged cells (exceljs)', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Vendas')
    uglySheet.forEach((row) => sheet.addRow(row))
    sheet.mergeCells('A1:E1')
    sheet.mergeCells('A4:B4')
    sheet.mergeCells('C4:E4')
    const reread = new ExcelJS.Workbook()
    await reread.xlsx.load(await book.xlsx.writeBuffer())
    const rows: SheetCell[][] = []
    reread.worksheets[0].eachRow({ includeEmpty: true }, (row) => {
      rows.push(Array.from({ length: 5 }, (_, c) => {
        const value = row.getCell(c + 1).value
        return typeof value === 'string' || typeof value === 'number' ? value : null
      }))
    })
    const fromXlsx = detectTable(rows)
    expect(fromXlsx).toMatchObject({ kind: 'revenue', headerRow: 4, totalsRow: 10, missing: [] })
    expect(fromXlsx.headers).toEqual(detection.headers)
  })
})

describe('detectTable choices', () => {
  const subscriptions: SheetCell[][] = [
    ['ID Cliente', 'Plano', 'Início', 'Fim', 'Mensalidade'],
    ['1', 'Pro', '2024-01-05', '', '1.500,00'],
    ['2', 'Basic', '2024-02-05', '2024-06-30', '300,00']
  ]

  it('maps pt-BR subscription headers', () => {
    const detection = detectTable(subscriptions)
    expect(detection).toMatchObject({ kind: 'subscriptions', missing: [] })
    expect(fields(detection)).toEqual({ customer: 'ID Cliente', startDate: 'Início', endDate: 'Fim', mrr: 'Mensalidade', plan: 'Plano' })
  })

  it('obeys an explicit kind and field=Column overrides, and says what it could not apply', () => {
    const detection = detectTable(subscriptions, { kind: 'revenue', map: { date: 'Início', amount: 'E', endDate: 'Fim', customer: 'Nope' } })
    expect(detection.kind).toBe('revenue')
    expect(detection.confidence).toBe(1)
    expect(fields(detection)).toMatchObject({ customer: 'ID Cliente', date: 'Início', amount: 'Mensalidade' })
    expect(detection.mapping.find((m) => m.field === 'date')?.by).toBe('override')
    expect(detection.missing).toEqual([])
    expect(detection.overrideProblems).toHaveLength(2)
    expect(detection.overrideProblems[0]).toContain('"endDate" is not a field of revenue')
    expect(detection.overrideProblems[1]).toContain('no column "Nope"')
  })

  it('unmaps a field with an empty override and then reports the unmet need', () => {
    const detection = detectTable(subscriptions, { map: { startDate: '' } })
    expect(fields(detection).startDate).toBeUndefined()
    expect(detection.missing).toEqual([{ anyOf: [['startDate']] }])
  })

  it('reads a status column of Ativo/Cancelado as the churned flag, and other statuses as status', () => {
    const flagLike = detectTable([['Cliente', 'Status'], ['1', 'Ativo'], ['2', 'Cancelado'], ['3', 'Ativo']])
    expect(fields(flagLike)).toEqual({ customer: 'Cliente', churned: 'Status' })
    const wordy = detectTable([['Cliente', 'Status'], ['1', 'Trial'], ['2', 'Pagante'], ['3', 'Suspenso']])
    expect(fields(wordy)).toEqual({ customer: 'Cliente', status: 'Status' })
  })

  it('refuses a header whose values cannot be that field', () => {
    const detection = detectTable([['Cliente', 'Data', 'Nota'], ['1', 'ontem', 'ótimo'], ['2', 'hoje', 'ruim'], ['3', 'amanhã', 'bom']])
    expect(fields(detection)).toEqual({ customer: 'Cliente' })
  })

  it('tells per-campaign totals from per-recipient flags', () => {
    const totals = detectTable([['Campanha', 'Data de envio', 'Enviados', 'Entregues', 'Aberturas únicas', 'Cliques únicos', 'Respostas'], ['Pesquisa Q1', '10/03/2024', '1.200', '1.150', '600', '120', '80'], ['Pesquisa Q2', '10/06/2024', '1.300', '1.260', '640', '150', '95']])
    expect(totals).toMatchObject({ kind: 'campaigns', missing: [] })
    const recipients = detectTable([['Cliente', 'Grupo', 'Abriu', 'Clicou', 'Respondeu'], ['1', 'E-mail', 'Sim', 'Não', 'Não'], ['2', 'Controle', 'Não', 'Não', 'Sim'], ['3', 'E-mail', 'Sim', 'Sim', 'Sim']])
    expect(recipients).toMatchObject({ kind: 'campaign-recipients', missing: [], controlGroup: 'Controle' })
  })

  it('survives sheets with nothing to read', () => {
    expect(detectTable([])).toMatchObject({ headerRow: -1, headers: [], confidence: 0.2 })
    expect(detectTable([[1, 2], [3, 4]]).headerRow).toBe(-1)
    expect(detectTable([['only a title']]).headers).toEqual(['only a title'])
  })

  it('reads Date cells (exceljs) as dates', () => {
    const detection = detectTable([['Cliente', 'Data', 'Valor'], ['1', new Date(Date.UTC(2024, 11, 31, 10)), 10], ['2', new Date(Date.UTC(2024, 0, 1)), 20]])
    expect(fields(detection)).toEqual({ customer: 'Cliente', date: 'Data', amount: 'Valor' })
  })
})

describe('fileShapeKey', () => {
  it('is the same for the same headers however they are spelled', () => {
    expect(fileShapeKey(['Código do Cliente', 'Valor (R$)', 'customerID'])).toBe('codigo cliente|valor|customer id')
    expect(fileShapeKey(['codigo  do cliente', 'VALOR', 'customer_id'])).toBe(fileShapeKey(['Código do Cliente', 'Valor (R$)', 'customerID']))
    expect(fileShapeKey(['a', 'b'])).not.toBe(fileShapeKey(['b', 'a']))
  })
})
