/**
 * The Export report dialog's choices as plain data, and the pure rules over them: the
 * defaults (the dashboards' period, the interface's language), period B from a preset
 * ("previous", "same period last year") or typed like `pulso report --compare`, the file
 * name, what is wrong with the choices, and the `report:export` request they make.
 */
import type { RequestOf } from '../../shared/api'
import { parsePeriod, periodText } from '../../shared/metrics/periodText'
import type { Period } from '../../shared/metrics/periods'
import type { AttributeFilter } from '../../shared/metrics/selection'
import type { ReportLanguage, ReportSheetId } from '../../shared/model/report'

/** How period B is chosen: a preset relative to A, or typed. */
export type BChoice = 'previous' | 'last-year' | 'custom'

export interface ReportForm {
  /** The period's first and last month ('YYYY-MM'); empty: from/to the data's first/last month. */
  from: string
  to: string
  lang: ReportLanguage
  /** Adds the Comparison sheet. */
  compare: boolean
  /** Period A as typed: 2025-03, 2025-Q1, 2025, 2025-01..2025-03. */
  a: string
  b: BChoice
  /** Period B as typed, when `b` is 'custom'. */
  bText: string
  /** Keep only the customers of the dashboards' filters. */
  useFilters: boolean
  /** The file's name (the browser saves by name; Electron suggests it in the dialog). */
  name: string
  /** Only the sheet of the dashboard the dialog was opened from (`scope.sheets`), plus About. */
  onlyPart: boolean
}

/**
 * Where the dialog was opened from, beyond the form: a dashboard's own part of the report
 * (its sheet), and the Compare editor's segments of A and B.
 */
export interface ReportScope {
  sheets?: ReportSheetId[]
  sides?: { aFilters: AttributeFilter[]; bFilters: AttributeFilter[] }
}

/** What is wrong with the choices, as an i18n key under `report.problems`. */
export type FormProblem = 'month' | 'order' | 'periodA' | 'periodB' | 'name'

const monthKey = /^\d{4}-(0[1-9]|1[0-2])$/

/** The report's sheet names, as the core writes them in each language. */
const sheetNames: Record<ReportLanguage, Record<ReportSheetId, string>> = {
  en: { summary: 'Summary', churn: 'Churn', revenue: 'Revenue', nps: 'NPS', cohorts: 'Cohorts', activation: 'Activation', campaigns: 'Campaigns' },
  'pt-BR': { summary: 'Resumo', churn: 'Churn', revenue: 'Receita', nps: 'NPS', cohorts: 'Coortes', activation: 'Ativação', campaigns: 'Campanhas' }
}

/** A sheet's name in the report's language. */
export function reportSheetName(sheet: ReportSheetId, lang: ReportLanguage): string {
  return sheetNames[lang][sheet]
}

/** The file name: 'Relatório Pulso – Amostra Pulso – 2025-10..2025-12.xlsx'; a part names its sheets: 'Pulso report – NPS – Amostra Pulso – 2025-11.xlsx'. */
export function reportFileName(workspaceName: string, period: Period | null, lang: ReportLanguage, sheets: readonly ReportSheetId[] = []): string {
  const title = lang === 'pt-BR' ? 'Relatório Pulso' : 'Pulso report'
  const part = sheets.map((sheet) => reportSheetName(sheet, lang)).join(', ')
  return `${[title, part, workspaceName, period ? periodText(period) : ''].filter(Boolean).join(' – ')}.xlsx`
}

/** The dialog's first choices: the dashboards' period and filters when they have them, the interface's language, B a year earlier; a dashboard's part when given. */
export function defaultReportForm(period: Period | null, lang: ReportLanguage, workspaceName: string, hasFilters: boolean, sheets: readonly ReportSheetId[] = []): ReportForm {
  return { from: period?.from ?? '', to: period?.to ?? '', lang, compare: false, a: period ? periodText(period) : '', b: period && period.from === period.to ? 'previous' : 'last-year', bText: '', useFilters: hasFilters, name: reportFileName(workspaceName, period, lang, sheets), onlyPart: sheets.length > 0 }
}

/** The choices the Compare editor starts the dialog from: period A as the report's period, the comparison on with B as its own period, A's segments as the report's filters. */
export function comparisonReportForm(a: Period, b: Period, lang: ReportLanguage, workspaceName: string, hasFilters: boolean): ReportForm {
  return { ...defaultReportForm(a, lang, workspaceName, hasFilters), compare: true, b: 'custom', bText: periodText(b) }
}

/** Periods A and B of the form, or the problem with them. */
export function comparedPeriods(form: ReportForm): { a: Period; b: Period } | FormProblem {
  let a: Period
  try {
    a = parsePeriod(form.a)
  } catch {
    return 'periodA'
  }
  try {
    return { a, b: parsePeriod(form.b === 'custom' ? form.bText : form.b, { relativeTo: a }) }
  } catch {
    return 'periodB'
  }
}

/** The first problem of the choices, or null when the report can be asked for. */
export function formProblem(form: ReportForm, needsName: boolean): FormProblem | null {
  if ((form.from && !monthKey.test(form.from)) || (form.to && !monthKey.test(form.to))) return 'month'
  if (form.from && form.to && form.to < form.from) return 'order'
  if (form.compare) {
    const periods = comparedPeriods(form)
    if (typeof periods === 'string') return periods
  }
  if (needsName && !form.name.trim()) return 'name'
  return null
}

/** The `report:export` request of valid choices, writing to `path`: the dashboard's part when kept, each side's segments in a comparison from the Compare editor. */
export function reportRequest(form: ReportForm, path: string, filters: readonly AttributeFilter[], scope: ReportScope = {}): RequestOf<'report:export'> {
  const periods = form.compare ? comparedPeriods(form) : null
  const sides = scope.sides ? { aFilters: copyFilters(scope.sides.aFilters), bFilters: copyFilters(scope.sides.bFilters) } : {}
  return {
    path,
    ...(form.from ? { from: form.from } : {}),
    ...(form.to ? { to: form.to } : {}),
    ...(periods && typeof periods !== 'string' ? { compare: { ...periods, ...sides } } : {}),
    lang: form.lang,
    ...(form.useFilters && filters.length ? { filters: copyFilters(filters) } : {}),
    ...(form.onlyPart && scope.sheets?.length ? { sheets: [...scope.sheets] } : {})
  }
}

function copyFilters(filters: readonly AttributeFilter[]): AttributeFilter[] {
  return filters.map((filter) => ({ column: filter.column, values: [...filter.values] }))
}

/** Filters as one line: 'Segmento = PME | Enterprise; Plano = Pro'. */
export function filtersText(filters: readonly AttributeFilter[]): string {
  return filters.map((filter) => `${filter.column} = ${filter.values.join(' | ')}`).join('; ')
}
