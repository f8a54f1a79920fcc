import { readFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateSampleFiles, SAMPLE_FILE_NAMES, type SampleFiles } from '../../../../src/main/core/sample'
import { csvRows, temporaryDir } from './sampleFixture'

const csvNames = [SAMPLE_FILE_NAMES.customers, SAMPLE_FILE_NAMES.nps, SAMPLE_FILE_NAMES.activity, SAMPLE_FILE_NAMES.churns]

describe('generateSampleFiles', () => {
  const first = temporaryDir()
  const second = temporaryDir()
  const otherSeed = temporaryDir()
  let files: SampleFiles
  beforeAll(async () => {
    files = await generateSampleFiles(first.dir, { customers: 300, seed: 7 })
    await generateSampleFiles(second.dir, { customers: 300, seed: 7 })
    await generateSampleFiles(otherSeed.dir, { customers: 300, seed: 8 })
  })
  afterAll(() => [first, second, otherSeed].forEach((t) => t.remove()))

  it('writes the six files an analyst would have, in import order', () => {
    expect(files.files.map((file) => path.basename(file))).toEqual(['clientes.csv', 'assinaturas.xlsx', 'nps.csv', 'atividade.csv', 'cancelamentos.csv', 'campanhas.xlsx'])
    expect(files.rows['clientes.csv']).toBe(300)
    for (const name of Object.values(SAMPLE_FILE_NAMES)) expect(files.rows[name], name).toBeGreaterThan(0)
  })

  it('gives byte-identical csv files for the same seed, and other files for another seed', () => {
    for (const name of csvNames) {
      const bytes = readFileSync(path.join(first.dir, name))
      expect(bytes.equals(readFileSync(path.join(second.dir, name))), name).toBe(true)
      expect(bytes.equals(readFileSync(path.join(otherSeed.dir, name))), name).toBe(false)
    }
  })

  it('writes pt-BR csv: the CRM export in Latin-1, the others UTF-8 with a BOM, ; separated, dd/mm/yyyy dates, 1.234,56 money', () => {
    const customers = readFileSync(path.join(first.dir, SAMPLE_FILE_NAMES.customers))
    expect(customers.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false)
    expect(customers.toString('latin1').split('\r\n')[0]).toBe('Código do cliente;Razão social;Segmento;Plano;UF;Canal de aquisição;Data de cadastro;Situação;Data de cancelamento;Motivo do cancelamento;Mensalidade (R$)')
    expect(customers.includes(Buffer.from('Indicação', 'latin1'))).toBe(true)
    for (const name of [SAMPLE_FILE_NAMES.nps, SAMPLE_FILE_NAMES.activity, SAMPLE_FILE_NAMES.churns]) {
      expect(readFileSync(path.join(first.dir, name)).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), name).toBe(true)
    }
    const rows = csvRows(path.join(first.dir, SAMPLE_FILE_NAMES.customers), 'latin1').slice(1)
    expect(rows.every((row) => row.length === 11)).toBe(true)
    expect(rows.every((row) => /^\d{2}\/\d{2}\/\d{4}$/.test(row[6]))).toBe(true)
    expect(rows.every((row) => /^\d{1,3}(\.\d{3})*,\d{2}$/.test(row[10]))).toBe(true)
    const churns = csvRows(path.join(first.dir, SAMPLE_FILE_NAMES.churns), 'utf8').slice(1)
    expect(churns.every((row) => /^R\$ \d{1,3}(\.\d{3})*,\d{2}$/.test(row[3]))).toBe(true)
  })

  it('writes xlsx with real Excel dates and R$ money formats', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path.join(first.dir, SAMPLE_FILE_NAMES.subscriptions))
    const sheet = workbook.getWorksheet('Assinaturas')
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Cliente', 'Produto', 'Plano', 'Licenças', 'Início', 'Fim', 'MRR (R$)'])
    const row = sheet?.getRow(2)
    expect(row?.getCell(5).value).toBeInstanceOf(Date)
    expect(row?.getCell(5).numFmt).toBe('dd/mm/yyyy')
    expect(typeof row?.getCell(7).value).toBe('number')
    expect(row?.getCell(7).numFmt).toContain('R$')
    const campaigns = new ExcelJS.Workbook()
    await campaigns.xlsx.readFile(path.join(first.dir, SAMPLE_FILE_NAMES.campaigns))
    expect(campaigns.getWorksheet('Destinatários')?.getRow(2).getCell(5).value).toBeInstanceOf(Date)
  })

  it('spans the months asked for, ending on 31/12 of the last year, with no date after it', () => {
    const signups = csvRows(path.join(first.dir, SAMPLE_FILE_NAMES.customers), 'latin1').slice(1).map((row) => row[6].split('/').reverse().join('-'))
    expect(signups.reduce((a, b) => (a < b ? a : b))).toMatch(/^2023-01/)
    const activity = csvRows(path.join(first.dir, SAMPLE_FILE_NAMES.activity), 'utf8').slice(1).map((row) => row[1].split('/').reverse().join('-'))
    expect(activity.reduce((a, b) => (a > b ? a : b)) <= '2025-12-31').toBe(true)
  })

  it('refuses knobs that make no sense', async () => {
    await expect(generateSampleFiles(first.dir, { customers: 0 })).rejects.toThrow(RangeError)
    await expect(generateSampleFiles(first.dir, { months: 3 })).rejects.toThrow(RangeError)
    await expect(generateSampleFiles(first.dir, { seed: 1.5 })).rejects.toThrow(RangeError)
  })
})
