import { describe, expect, it } from 'vitest'
import { comparedPeriods, comparisonReportForm, defaultReportForm, filtersText, formProblem, reportFileName, reportRequest, reportSheetName, type ReportForm } from '../../../../src/renderer/stores/reportForm'

const quarter = { from: '2025-10', to: '2025-12' }
const form = (change: Partial<ReportForm> = {}): ReportForm => ({ ...defaultReportForm(quarter, 'pt-BR', 'Amostra Pulso', false), ...change })

describe('the Export report choices', () => {
  it('start from the dashboards’ period, the interface’s language and B a year earlier (the previous month for one month)', () => {
    expect(defaultReportForm(quarter, 'en', 'Amostra Pulso', true)).toEqual({ from: '2025-10', to: '2025-12', lang: 'en', compare: false, a: '2025-10..2025-12', b: 'last-year', bText: '', useFilters: true, name: 'Pulso report – Amostra Pulso – 2025-10..2025-12.xlsx', onlyPart: false })
    expect(defaultReportForm({ from: '2025-11', to: '2025-11' }, 'pt-BR', 'X', false)).toMatchObject({ a: '2025-11', b: 'previous', name: 'Relatório Pulso – X – 2025-11.xlsx' })
    expect(defaultReportForm(null, 'pt-BR', 'X', false)).toMatchObject({ from: '', to: '', a: '', name: 'Relatório Pulso – X.xlsx' })
    expect(reportFileName('Carteira', null, 'en')).toBe('Pulso report – Carteira.xlsx')
  })

  it('read A and B as `pulso report --compare` does, with the presets', () => {
    expect(comparedPeriods(form({ compare: true }))).toEqual({ a: quarter, b: { from: '2024-10', to: '2024-12' } })
    expect(comparedPeriods(form({ compare: true, b: 'previous' }))).toEqual({ a: quarter, b: { from: '2025-07', to: '2025-09' } })
    expect(comparedPeriods(form({ compare: true, a: '2025-Q2', b: 'custom', bText: '2024' }))).toEqual({ a: { from: '2025-04', to: '2025-06' }, b: { from: '2024-01', to: '2024-12' } })
    expect(comparedPeriods(form({ compare: true, a: 'soon' }))).toBe('periodA')
    expect(comparedPeriods(form({ compare: true, b: 'custom', bText: '2024-13' }))).toBe('periodB')
  })

  it('say what is wrong, one thing at a time', () => {
    expect(formProblem(form(), true)).toBeNull()
    expect(formProblem(form({ from: '', to: '' }), false)).toBeNull()
    expect(formProblem(form({ from: '2025-1' }), false)).toBe('month')
    expect(formProblem(form({ from: '2025-12', to: '2025-01' }), false)).toBe('order')
    expect(formProblem(form({ compare: true, a: '' }), false)).toBe('periodA')
    expect(formProblem(form({ compare: false, a: '' }), false)).toBeNull()
    expect(formProblem(form({ name: '  ' }), true)).toBe('name')
    expect(formProblem(form({ name: '  ' }), false)).toBeNull()
  })

  it('make the report:export request: only what was chosen', () => {
    const filters = [{ column: 'Segmento', values: ['PME', 'Enterprise'] }]
    expect(reportRequest(form(), '/w/r.xlsx', filters)).toEqual({ path: '/w/r.xlsx', from: '2025-10', to: '2025-12', lang: 'pt-BR' })
    expect(reportRequest(form({ from: '', to: '', compare: true, useFilters: true }), '/w/r.xlsx', filters)).toEqual({
      path: '/w/r.xlsx',
      compare: { a: quarter, b: { from: '2024-10', to: '2024-12' } },
      lang: 'pt-BR',
      filters: [{ column: 'Segmento', values: ['PME', 'Enterprise'] }]
    })
    expect(filtersText(filters)).toBe('Segmento = PME | Enterprise')
  })

  it('export a dashboard’s own part: its sheet in the name and the request, the whole report when unticked', () => {
    const part = defaultReportForm({ from: '2025-11', to: '2025-11' }, 'en', 'Amostra Pulso', false, ['nps'])
    expect(part).toMatchObject({ from: '2025-11', to: '2025-11', onlyPart: true, name: 'Pulso report – NPS – Amostra Pulso – 2025-11.xlsx' })
    expect(reportFileName('X', quarter, 'pt-BR', ['summary'])).toBe('Relatório Pulso – Resumo – X – 2025-10..2025-12.xlsx')
    expect(reportSheetName('activation', 'pt-BR')).toBe('Ativação')
    expect(reportRequest(part, '/w/r.xlsx', [], { sheets: ['nps'] })).toEqual({ path: '/w/r.xlsx', from: '2025-11', to: '2025-11', lang: 'en', sheets: ['nps'] })
    expect(reportRequest({ ...part, onlyPart: false }, '/w/r.xlsx', [], { sheets: ['nps'] })).not.toHaveProperty('sheets')
  })

  it('start from the Compare editor’s A, B and segments', () => {
    const a = { from: '2025-10', to: '2025-12' }
    const b = { from: '2025-01', to: '2025-03' }
    const aFilters = [{ column: 'Segmento', values: ['PME'] }]
    const bFilters = [{ column: 'Segmento', values: ['Enterprise'] }]
    const chosen = comparisonReportForm(a, b, 'pt-BR', 'Amostra Pulso', true)
    expect(chosen).toMatchObject({ from: '2025-10', to: '2025-12', compare: true, a: '2025-10..2025-12', b: 'custom', bText: '2025-01..2025-03', useFilters: true, onlyPart: false })
    expect(comparedPeriods(chosen)).toEqual({ a, b })
    expect(reportRequest(chosen, '/w/r.xlsx', aFilters, { sides: { aFilters, bFilters } })).toEqual({
      path: '/w/r.xlsx',
      from: '2025-10',
      to: '2025-12',
      compare: { a, b, aFilters, bFilters },
      lang: 'pt-BR',
      filters: aFilters
    })
  })
})
