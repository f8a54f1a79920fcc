/** The report's words in pt-BR and en: sheet names, headings, metric names and the formulas shown in About. */

export type { ReportLanguage } from '../../../shared/model/report'
import type { ReportLanguage } from '../../../shared/model/report'

const en = {
  sheets: { summary: 'Summary', churn: 'Churn', revenue: 'Revenue', nps: 'NPS', cohorts: 'Cohorts', activation: 'Activation', campaigns: 'Campaigns', comparison: 'Comparison', data: 'Data', about: 'About' },
  title: 'Pulso report',
  period: 'Period', previousPeriod: 'Previous period', metric: 'Metric', value: 'Value', difference: 'Difference', relativeChange: 'Relative change', unit: 'Unit', trend: 'Trend',
  better: 'better', worse: 'worse', same: 'same', missing: '—', pp: 'p.p.', points: 'points', money: 'money', count: 'count', ratio: 'ratio',
  month: 'Month', total: 'Period (start vs end)', customers: 'Customers', share: 'Share',
  m: {
    startCustomers: 'Customers at start', customers: 'Customers at end', churnedCustomers: 'Churned customers', customerChurnRate: 'Customer churn rate',
    startMrr: 'MRR at start', mrr: 'MRR at end', newMrr: 'New MRR', expansionMrr: 'Expansion MRR', upsellMrr: 'Upsell MRR', crossSellMrr: 'Cross-sell MRR',
    reactivationMrr: 'Reactivation MRR', contractionMrr: 'Contraction MRR', churnedMrr: 'Churned MRR', grossMrrChurnRate: 'Gross MRR churn rate', netMrrChurnRate: 'Net MRR churn rate',
    grr: 'Gross revenue retention (GRR)', nrr: 'Net revenue retention (NRR)', quickRatio: 'Quick ratio', arpa: 'ARPA', ltv: 'LTV', averageMonthlyChurnRate: 'Average monthly churn (LTV months)',
    newCustomers: 'New customers', referredCustomers: 'Referred customers', referredMrr: 'Referred MRR', referredShare: 'Referral share of new customers',
    responses: 'NPS responses', promoters: 'Promoters', passives: 'Passives', detractors: 'Detractors', promoterShare: '% promoters', detractorShare: '% detractors', nps: 'NPS', marginOfError: 'Margin of error (95%)', csat: 'CSAT', responseRate: 'Response rate',
    active: 'Active customers', inactive: 'Inactive customers', inactiveToActiveRatio: 'Inactive-to-active ratio', inactiveShare: 'Inactive share', activated: 'Activated new customers', signupNew: 'New customers (by signup date)', activationRate: 'Activation rate',
    orders: 'Orders', revenue: 'Revenue', averageTicket: 'Average ticket',
    recipients: 'Recipients', sent: 'Sent', delivered: 'Delivered', opened: 'Opened', clicked: 'Clicked', converted: 'Converted', deliveryRate: 'Delivery rate', openRate: 'Open rate', clickRate: 'Click rate', clickToOpen: 'Click-to-open', conversionRate: 'Conversion rate', lift: 'Lift vs control',
    snapshotCustomers: 'Customers (snapshot)', snapshotChurned: 'Flagged churned', snapshotChurnRate: 'Snapshot churn rate'
  },
  churn: { reasons: 'Churn reasons', reason: 'Reason', lostMrr: 'Lost MRR', byMonth: 'Churn by month', snapshot: 'Snapshot churn by segment', blank: '(blank)' },
  revenue: { movements: 'MRR movements', referral: 'Referral', channel: 'Acquisition channel', byChannel: 'New customers by channel', retention: 'NRR and GRR by month' },
  npsText: { groups: 'NPS for the period', trend: 'NPS by month', bySegment: 'NPS by', distribution: 'Score distribution', score: 'Score', answers: 'Answers', comments: 'Comments', date: 'Date', customer: 'Customer', comment: 'Comment', group: 'Group', smallSample: 'small sample (n < 30)' },
  cohorts: { logo: 'Logo retention by cohort', revenue: 'Revenue retention by cohort', cohort: 'Cohort', size: 'Size', k: (k: number) => `M${k}`, curves: 'Logo retention curves' },
  campaigns: { title: 'Campaign results', campaign: 'Campaign', group: 'Group', control: 'Control', key: 'Group · campaign', yes: 'yes', no: 'no' },
  activation: { title: 'Activity and activation', at: 'Measured at the end of the period' },
  comparison: { title: 'Comparison', a: 'A', b: 'B', rates: 'Rates, A vs B', money: 'MRR, A vs B', note: 'Difference = A − B: percentage points for rates, points for NPS, money for amounts. Relative change = (A − B) / |B|.' },
  data: { id: 'Customer', signup: 'Signup date', churnDate: 'Churn date', status: 'Status', channel: 'Acquisition channel', churnReason: 'Churn reason', startMrr: 'MRR at start', endMrr: 'MRR at end', change: 'MRR change', movement: 'Movement in period', revenue: 'Revenue in period', orders: 'Orders in period', npsAnswers: 'NPS answers in period', lastScore: 'Last NPS score', activeStart: 'Customer at start', activeEnd: 'Customer at end', truncated: 'rows beyond Excel\'s limit were left out' },
  movements: { new: 'new', reactivation: 'reactivation', expansion: 'expansion', contraction: 'contraction', churn: 'churn', none: '' },
  about: {
    title: 'About this report', generatedAt: 'Generated at', version: 'Pulso version', workspace: 'Workspace', filters: 'Filters', noFilters: 'none (every customer)', compare: 'Comparison', basis: 'Customers counted by',
    files: 'Source files', file: 'File', sheet: 'Sheet', kind: 'Table', size: 'Size (bytes)', sha256: 'SHA-256', importedAt: 'Imported at', formulas: 'Formulas used', formula: 'Formula', leftOut: 'Sheets left out', why: 'Why',
    monthEnd: 'MRR is measured on the last day of each month; "start of the period" is the last day of the month before it.'
  },
  why: { subscriptions: 'the workspace has no subscription (MRR) data', churn: 'the workspace has no customer counts over time nor churn flags', nps: 'the workspace has no NPS answers', cohorts: 'the workspace has no dated customers', activation: 'the workspace has no activity data nor customer status', campaigns: 'the workspace has no campaign data' },
  no: 'no', yes: 'yes'
}

export type ReportLabels = typeof en

const ptBR: ReportLabels = {
  sheets: { summary: 'Resumo', churn: 'Churn', revenue: 'Receita', nps: 'NPS', cohorts: 'Coortes', activation: 'Ativação', campaigns: 'Campanhas', comparison: 'Comparação', data: 'Dados', about: 'Sobre' },
  title: 'Relatório Pulso',
  period: 'Período', previousPeriod: 'Período anterior', metric: 'Métrica', value: 'Valor', difference: 'Diferença', relativeChange: 'Variação relativa', unit: 'Unidade', trend: 'Tendência',
  better: 'melhor', worse: 'pior', same: 'igual', missing: '—', pp: 'p.p.', points: 'pontos', money: 'valor', count: 'contagem', ratio: 'razão',
  month: 'Mês', total: 'Período (início x fim)', customers: 'Clientes', share: 'Participação',
  m: {
    startCustomers: 'Clientes no início', customers: 'Clientes no fim', churnedCustomers: 'Clientes perdidos', customerChurnRate: 'Taxa de churn de clientes',
    startMrr: 'MRR no início', mrr: 'MRR no fim', newMrr: 'MRR novo', expansionMrr: 'MRR de expansão', upsellMrr: 'MRR de upsell', crossSellMrr: 'MRR de cross-sell',
    reactivationMrr: 'MRR de reativação', contractionMrr: 'MRR de contração', churnedMrr: 'MRR perdido (churn)', grossMrrChurnRate: 'Churn bruto de MRR', netMrrChurnRate: 'Churn líquido de MRR',
    grr: 'Retenção bruta de receita (GRR)', nrr: 'Retenção líquida de receita (NRR)', quickRatio: 'Quick ratio', arpa: 'ARPA', ltv: 'LTV', averageMonthlyChurnRate: 'Churn mensal médio (meses do LTV)',
    newCustomers: 'Clientes novos', referredCustomers: 'Clientes por indicação', referredMrr: 'MRR por indicação', referredShare: 'Participação da indicação nos novos',
    responses: 'Respostas NPS', promoters: 'Promotores', passives: 'Neutros', detractors: 'Detratores', promoterShare: '% promotores', detractorShare: '% detratores', nps: 'NPS', marginOfError: 'Margem de erro (95%)', csat: 'CSAT', responseRate: 'Taxa de resposta',
    active: 'Clientes ativos', inactive: 'Clientes inativos', inactiveToActiveRatio: 'Razão inativos/ativos', inactiveShare: 'Participação de inativos', activated: 'Clientes novos ativados', signupNew: 'Clientes novos (pela data de cadastro)', activationRate: 'Taxa de ativação',
    orders: 'Pedidos', revenue: 'Receita', averageTicket: 'Ticket médio',
    recipients: 'Destinatários', sent: 'Enviados', delivered: 'Entregues', opened: 'Abertos', clicked: 'Clicados', converted: 'Convertidos', deliveryRate: 'Taxa de entrega', openRate: 'Taxa de abertura', clickRate: 'Taxa de clique', clickToOpen: 'Cliques por abertura', conversionRate: 'Taxa de conversão', lift: 'Lift vs controle',
    snapshotCustomers: 'Clientes (retrato)', snapshotChurned: 'Marcados como cancelados', snapshotChurnRate: 'Churn do retrato'
  },
  churn: { reasons: 'Motivos de cancelamento', reason: 'Motivo', lostMrr: 'MRR perdido', byMonth: 'Churn por mês', snapshot: 'Churn do retrato por segmento', blank: '(em branco)' },
  revenue: { movements: 'Movimentos de MRR', referral: 'Indicação', channel: 'Canal de aquisição', byChannel: 'Clientes novos por canal', retention: 'NRR e GRR por mês' },
  npsText: { groups: 'NPS do período', trend: 'NPS por mês', bySegment: 'NPS por', distribution: 'Distribuição das notas', score: 'Nota', answers: 'Respostas', comments: 'Comentários', date: 'Data', customer: 'Cliente', comment: 'Comentário', group: 'Grupo', smallSample: 'amostra pequena (n < 30)' },
  cohorts: { logo: 'Retenção de clientes por coorte', revenue: 'Retenção de receita por coorte', cohort: 'Coorte', size: 'Tamanho', k: (k: number) => `M${k}`, curves: 'Curvas de retenção de clientes' },
  campaigns: { title: 'Resultados das campanhas', campaign: 'Campanha', group: 'Grupo', control: 'Controle', key: 'Grupo · campanha', yes: 'sim', no: 'não' },
  activation: { title: 'Atividade e ativação', at: 'Medido no fim do período' },
  comparison: { title: 'Comparação', a: 'A', b: 'B', rates: 'Taxas, A x B', money: 'MRR, A x B', note: 'Diferença = A − B: pontos percentuais para taxas, pontos para o NPS, valor para montantes. Variação relativa = (A − B) / |B|.' },
  data: { id: 'Cliente', signup: 'Data de cadastro', churnDate: 'Data de cancelamento', status: 'Situação', channel: 'Canal de aquisição', churnReason: 'Motivo de cancelamento', startMrr: 'MRR no início', endMrr: 'MRR no fim', change: 'Variação de MRR', movement: 'Movimento no período', revenue: 'Receita no período', orders: 'Pedidos no período', npsAnswers: 'Respostas NPS no período', lastScore: 'Última nota NPS', activeStart: 'Cliente no início', activeEnd: 'Cliente no fim', truncated: 'linhas além do limite do Excel ficaram de fora' },
  movements: { new: 'novo', reactivation: 'reativação', expansion: 'expansão', contraction: 'contração', churn: 'churn', none: '' },
  about: {
    title: 'Sobre este relatório', generatedAt: 'Gerado em', version: 'Versão do Pulso', workspace: 'Espaço de trabalho', filters: 'Filtros', noFilters: 'nenhum (todos os clientes)', compare: 'Comparação', basis: 'Clientes contados por',
    files: 'Arquivos de origem', file: 'Arquivo', sheet: 'Planilha', kind: 'Tabela', size: 'Tamanho (bytes)', sha256: 'SHA-256', importedAt: 'Importado em', formulas: 'Fórmulas usadas', formula: 'Fórmula', leftOut: 'Planilhas omitidas', why: 'Motivo',
    monthEnd: 'O MRR é medido no último dia de cada mês; o "início do período" é o último dia do mês anterior a ele.'
  },
  why: { subscriptions: 'o espaço de trabalho não tem dados de assinaturas (MRR)', churn: 'o espaço de trabalho não tem clientes ao longo do tempo nem marcação de cancelamento', nps: 'o espaço de trabalho não tem respostas de NPS', cohorts: 'o espaço de trabalho não tem clientes com datas', activation: 'o espaço de trabalho não tem dados de atividade nem situação dos clientes', campaigns: 'o espaço de trabalho não tem dados de campanhas' },
  no: 'não', yes: 'sim'
}

/** The labels of a language. */
export function reportLabels(language: ReportLanguage): ReportLabels {
  return language === 'pt-BR' ? ptBR : en
}
