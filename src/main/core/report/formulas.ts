/** The formulas the About sheet lists, in the report's language: how each number of the report is computed. */
import type { ReportLanguage } from './labels'

const formulas: [en: string, ptBR: string, enFormula: string, ptFormula: string][] = [
  ['Customer churn rate', 'Taxa de churn de clientes', 'customers at the start of the period who are not customers at its end / customers at the start', 'clientes no início do período que não são clientes no fim / clientes no início'],
  ['Gross MRR churn rate', 'Churn bruto de MRR', '(churned MRR + contraction MRR) / MRR at the start', '(MRR perdido + MRR de contração) / MRR no início'],
  ['Net MRR churn rate', 'Churn líquido de MRR', '(churned + contraction − expansion − reactivation MRR) / MRR at the start', '(perdido + contração − expansão − reativação) / MRR no início'],
  ['GRR', 'GRR', '(MRR at the start − contraction − churned) / MRR at the start', '(MRR no início − contração − perdido) / MRR no início'],
  ['NRR', 'NRR', '(MRR at the start + expansion − contraction − churned) / MRR at the start', '(MRR no início + expansão − contração − perdido) / MRR no início'],
  ['Quick ratio', 'Quick ratio', '(new + expansion + reactivation MRR) / (contraction + churned MRR)', '(novo + expansão + reativação) / (contração + perdido)'],
  ['Upsell / cross-sell', 'Upsell / cross-sell', 'growth of products the customer had / MRR of products it did not have (losses netted against upsell first)', 'aumento de produtos que o cliente já tinha / MRR de produtos novos (perdas descontadas primeiro do upsell)'],
  ['ARPA', 'ARPA', 'MRR at the end / customers at the end', 'MRR no fim / clientes no fim'],
  ['LTV', 'LTV', 'ARPA / average monthly customer churn of the 6 months ending with the period', 'ARPA / churn mensal médio dos 6 meses que terminam no período'],
  ['Average ticket', 'Ticket médio', 'revenue / distinct orders', 'receita / pedidos distintos'],
  ['Referral share', 'Participação da indicação', 'new customers from a referral channel / new customers', 'clientes novos vindos de indicação / clientes novos'],
  ['NPS', 'NPS', '(promoters − detractors) / responses × 100; promoters 9–10, passives 7–8, detractors 0–6', '(promotores − detratores) / respostas × 100; promotores 9–10, neutros 7–8, detratores 0–6'],
  ['NPS margin of error', 'Margem de erro do NPS', '1.96 × √((p + d − (p − d)²) / n) × 100, p and d the promoter and detractor shares', '1,96 × √((p + d − (p − d)²) / n) × 100, p e d as parcelas de promotores e detratores'],
  ['CSAT', 'CSAT', 'answers in the top two points of the scale / satisfaction answers', 'respostas nos dois pontos mais altos da escala / respostas de satisfação'],
  ['Inactive-to-active ratio', 'Razão inativos/ativos', 'inactive customers / active customers (no activity in the last 30 days = inactive)', 'clientes inativos / clientes ativos (sem atividade nos últimos 30 dias = inativo)'],
  ['Inactive share', 'Participação de inativos', 'inactive / (active + inactive)', 'inativos / (ativos + inativos)'],
  ['Activation rate', 'Taxa de ativação', 'new customers with a first activity within 14 days of signup / new customers', 'clientes novos com a primeira atividade até 14 dias após o cadastro / clientes novos'],
  ['Campaign rates', 'Taxas de campanha', 'delivered / sent; opens, clicks and conversions / delivered (control group: / recipients); click-to-open = clicks / opens', 'entregues / enviados; aberturas, cliques e conversões / entregues (grupo de controle: / destinatários); cliques por abertura = cliques / aberturas'],
  ['Lift', 'Lift', 'conversion of the e-mailed group − conversion of its campaign\'s control group, in p.p.', 'conversão do grupo que recebeu e-mail − conversão do grupo de controle da campanha, em p.p.'],
  ['Cohort retention', 'Retenção de coorte', 'customers (or MRR) of the cohort in month k / customers (or MRR) in its first month', 'clientes (ou MRR) da coorte no mês k / clientes (ou MRR) no primeiro mês']
]

/** Each metric's name and formula in the language. */
export function formulaList(language: ReportLanguage): { metric: string; formula: string }[] {
  return formulas.map(([en, pt, enFormula, ptFormula]) => (language === 'pt-BR' ? { metric: pt, formula: ptFormula } : { metric: en, formula: enFormula }))
}
