/** Os textos do editor Comparar em português (sob `compare`; `command` entra na paleta). */
import type compareEn from './compare.en'

const texts: typeof compareEn = {
  title: 'Comparar períodos',
  sideTab: '{title} · {side}',
  side: { a: 'Período A', b: 'Período B' },
  sideShort: { a: 'A', b: 'B' },
  showingSide: 'Mostrando o período {side} da comparação',
  preset: {
    label: 'O período B é',
    previous: 'o período anterior',
    'last-year': 'o mesmo período do ano passado',
    chosen: 'um período escolhido'
  },
  filtersHint: 'Um filtro vale só para o seu lado (por exemplo, Enterprise em A e SMB em B).',
  noData: 'Sem dados neste período',
  open: 'Comparar…',
  openHint: 'Comparar este período com outro, lado a lado',
  sideBySide: 'Comparar lado a lado',
  exportReport: 'Exportar relatório…',
  exportReportHint: 'O relatório em Excel com uma planilha de Comparação de A e B, cada um com seus segmentos',
  sideBySideHint: 'Abrir este painel com o período A e o período B no editor dividido, com eixos alinhados',
  table: {
    caption: 'Todas as métricas no período A e no período B',
    metric: 'Métrica',
    difference: 'Diferença (A − B)',
    change: 'Variação',
    verdict: 'A vs B',
    better: 'melhor',
    worse: 'pior',
    same: 'igual',
    empty: 'Nenhuma métrica tem valor em qualquer dos períodos.'
  },
  units: { percentagePoints: 'p.p.', points: 'pts' },
  measures: { end: 'no fim do período', total: 'total do período', period: 'taxa do próprio período', trailing: 'últimos 6 meses', undated: 'não recortado pelo período' },
  sections: {
    customers: 'Clientes e churn',
    revenue: 'Receita',
    referral: 'Indicação',
    activity: 'Atividade e ativação',
    nps: 'NPS e satisfação',
    orders: 'Pedidos',
    campaigns: 'Campanhas (não recortadas pelo período)'
  },
  metrics: {
    customers: 'Clientes no fim',
    customerChurnRate: 'Churn de clientes',
    churnedCustomers: 'Clientes perdidos',
    averageMonthlyChurnRate: 'Churn mensal médio (6 meses)',
    snapshotChurnRate: 'Taxa de churn (retrato)',
    mrr: 'MRR no fim',
    grossMrrChurnRate: 'Churn bruto de MRR',
    netMrrChurnRate: 'Churn líquido de MRR',
    nrr: 'NRR',
    grr: 'GRR',
    quickRatio: 'Quick ratio',
    newMrr: 'MRR novo',
    expansionMrr: 'MRR de expansão',
    upsellMrr: 'MRR de upsell',
    crossSellMrr: 'MRR de cross-sell',
    reactivationMrr: 'MRR de reativação',
    contractionMrr: 'MRR de contração',
    churnedMrr: 'MRR perdido',
    newCustomers: 'Clientes novos',
    arpa: 'ARPA',
    ltv: 'LTV',
    referredCustomers: 'Clientes indicados',
    referredShare: 'Parcela de indicados entre os novos',
    referredMrr: 'MRR de indicados',
    active: 'Clientes ativos',
    inactive: 'Clientes inativos',
    inactiveToActiveRatio: 'Razão inativos / ativos',
    inactiveShare: 'Parcela de inativos',
    activationRate: 'Taxa de ativação',
    nps: 'NPS',
    csat: 'CSAT',
    responses: 'Respostas de NPS',
    responseRate: 'Taxa de resposta do NPS',
    orders: 'Pedidos',
    revenue: 'Receita',
    averageTicket: 'Ticket médio',
    campaignConversionRate: 'Conversão das campanhas (grupos com e-mail)'
  },
  nps: {
    title: 'NPS: a diferença é real?',
    side: '{nps} (± {margin}, {responses} respostas)',
    smallSample: '{nps} (± {margin}, {responses} respostas, amostra pequena)',
    noAnswers: 'sem respostas',
    sentence: 'O NPS em A é {a} e em B {b}: uma diferença de {difference} pontos, {verdict} (± {margin} pontos combinados).',
    noComparison: 'O NPS em A é {a} e em B {b}: não há respostas suficientes para comparar.',
    'within-margin': 'dentro da margem de erro',
    'beyond-margin': 'além da margem de erro'
  },
  charts: {
    title: 'A e B no mesmo eixo',
    hint: 'Meses alinhados pela posição: o mês 1 de A com o mês 1 de B.',
    month: 'Mês {k}',
    mrr: 'MRR por mês',
    churn: 'Churn de clientes por mês',
    nps: 'NPS por mês',
    noMrr: 'Importe um arquivo de assinaturas ou faturamento para comparar MRR e churn.',
    noNps: 'Importe as respostas da pesquisa de NPS para comparar o NPS por mês.'
  },
  cohorts: {
    title: 'Retenção de coortes: as coortes de A contra as de B',
    hint: 'Retenção média das coortes que começam em cada período, por meses desde o início.',
    month: 'Mês {k}',
    logo: 'Retenção de clientes de {side}',
    revenue: 'Retenção de receita de {side}',
    count: '{side}: {cohorts} coortes, {customers} clientes',
    empty: 'Nenhuma coorte começa nestes períodos.'
  },
  command: {
    openCompare: 'Comparar períodos…',
    compareSideBySide: 'Comparar lado a lado'
  }
}

export default texts
