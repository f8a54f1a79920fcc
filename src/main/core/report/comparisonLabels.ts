/** The Comparison sheet's own words in en and pt-BR: sections, how each value is taken, the NPS sentence and the cohort curves. */
import type { ComparisonUnit, NpsVerdict } from '../../../shared/metrics/comparison'
import type { ComparisonMeasure, ComparisonSection } from '../../../shared/metrics/comparisonRows'
import type { ReportLanguage } from './labels'

const en = {
  side: 'Side', months: 'months', filters: 'filters', everyone: 'every customer', noData: 'no data in this period',
  measure: 'How each period is taken', section: 'Dashboard', direction: 'A vs B',
  campaignConversion: 'Campaign conversion (e-mailed groups)',
  sections: { customers: 'Customers and churn', revenue: 'Revenue', referral: 'Referral', activity: 'Activity and activation', nps: 'NPS and satisfaction', orders: 'Orders', campaigns: 'Campaigns' } satisfies Record<ComparisonSection, string>,
  measures: { end: 'at the end of the period', total: 'sum over the period', period: 'rate over the period', trailing: '6 months ending with the period', undated: 'not cut by the period' } satisfies Record<ComparisonMeasure, string>,
  nps: {
    title: 'NPS: is the difference beyond the margin of error?', score: 'NPS', margin: 'Margin of error (95%)', responses: 'Responses',
    difference: 'Difference (A − B)', combined: 'Combined margin of error', verdict: 'Verdict',
    verdicts: { 'within-margin': 'within the margin of error', 'beyond-margin': 'beyond the margin of error' } satisfies Record<NpsVerdict, string>,
    side: (name: string, nps: string, margin: string, answers: string, small: boolean) => `${name} ${nps} (± ${margin}, ${answers} answers${small ? ', small sample' : ''})`,
    noAnswers: (name: string) => `${name} no answers`,
    sentence: (sides: string, difference: string, verdict: string, combined: string) => `NPS: ${sides}: a difference of ${difference} points, ${verdict} (± ${combined} combined).`,
    noComparison: (sides: string) => `NPS: ${sides}: no comparison.`
  },
  cohorts: {
    title: 'Cohort retention, A vs B: average by months since start', chart: 'Average retention by months since start', monthsSince: 'Months since start',
    logo: 'logo retention', revenue: 'revenue retention', cohortsAt: 'cohorts', count: (name: string, cohorts: number, customers: number) => `${name}: ${cohorts} cohorts, ${customers} customers`
  }
}

export type ComparisonLabels = typeof en

const ptBR: ComparisonLabels = {
  side: 'Lado', months: 'meses', filters: 'filtros', everyone: 'todos os clientes', noData: 'sem dados neste período',
  measure: 'Como cada período é medido', section: 'Painel', direction: 'A x B',
  campaignConversion: 'Conversão das campanhas (grupos que receberam e-mail)',
  sections: { customers: 'Clientes e churn', revenue: 'Receita', referral: 'Indicação', activity: 'Atividade e ativação', nps: 'NPS e satisfação', orders: 'Pedidos', campaigns: 'Campanhas' },
  measures: { end: 'no fim do período', total: 'soma no período', period: 'taxa do período', trailing: '6 meses até o fim do período', undated: 'não recortado pelo período' },
  nps: {
    title: 'NPS: a diferença passa da margem de erro?', score: 'NPS', margin: 'Margem de erro (95%)', responses: 'Respostas',
    difference: 'Diferença (A − B)', combined: 'Margem de erro combinada', verdict: 'Conclusão',
    verdicts: { 'within-margin': 'dentro da margem de erro', 'beyond-margin': 'além da margem de erro' },
    side: (name, nps, margin, answers, small) => `${name} ${nps} (± ${margin}; ${answers} respostas${small ? '; amostra pequena' : ''})`,
    noAnswers: (name) => `${name} sem respostas`,
    sentence: (sides, difference, verdict, combined) => `NPS: ${sides}: diferença de ${difference} pontos, ${verdict} (± ${combined} combinada).`,
    noComparison: (sides) => `NPS: ${sides}: sem comparação.`
  },
  cohorts: {
    title: 'Retenção de coortes, A x B: média por meses desde o início', chart: 'Retenção média por meses desde o início', monthsSince: 'Meses desde o início',
    logo: 'retenção de clientes', revenue: 'retenção de receita', cohortsAt: 'coortes', count: (name, cohorts, customers) => `${name}: ${cohorts} coortes, ${customers} clientes`
  }
}

/** The Comparison sheet's words in a language. */
export function comparisonLabels(language: ReportLanguage): ComparisonLabels {
  return language === 'pt-BR' ? ptBR : en
}

/** The number format of a value in a unit, and of its difference (p.p. for rates, points for NPS). */
export const unitKinds = {
  rate: { value: 'percent', difference: 'pp' },
  points: { value: 'nps', difference: 'points' },
  money: { value: 'money', difference: 'money' },
  count: { value: 'count', difference: 'count' },
  ratio: { value: 'ratio', difference: 'ratio' }
} as const satisfies Record<ComparisonUnit, { value: string; difference: string }>
