/**
 * What the sample company sells and who buys it: products, plans and prices, segments,
 * states, acquisition channels, churn reasons and the words customers use. Plain data,
 * in the words a Brazilian Customer Success team would use.
 */

/** The products, so a customer can buy a second one (cross-sell). */
export const PRODUCTS = ['Pulso CRM', 'Pulso Atendimento', 'Pulso BI'] as const
export type Product = (typeof PRODUCTS)[number]

/** Plans from smallest to largest: moving right is an upsell, left a downgrade. */
export const PLANS = ['Essencial', 'Profissional', 'Empresarial'] as const
export type Plan = (typeof PLANS)[number]

/** Monthly price per seat (licença), in cents of real, per product and plan. */
export const SEAT_PRICE_CENTS: Record<Product, Record<Plan, number>> = {
  'Pulso CRM': { Essencial: 7990, Profissional: 12990, Empresarial: 19990 },
  'Pulso Atendimento': { Essencial: 5990, Profissional: 9990, Empresarial: 15990 },
  'Pulso BI': { Essencial: 14990, Profissional: 24990, Empresarial: 39990 }
}

/** Customer size, as the sales team segments accounts. */
export const SEGMENTS = ['PME', 'Mid-market', 'Enterprise'] as const
export type Segment = (typeof SEGMENTS)[number]

/** Share of customers, seats, monthly churn chance and the plans each segment picks. */
export const SEGMENT_PROFILE: Record<Segment, { share: number; seats: readonly [number, number]; monthlyChurn: number; plans: readonly (readonly [Plan, number])[] }> = {
  PME: { share: 0.64, seats: [1, 8], monthlyChurn: 0.022, plans: [['Essencial', 6], ['Profissional', 3], ['Empresarial', 1]] },
  'Mid-market': { share: 0.28, seats: [8, 40], monthlyChurn: 0.012, plans: [['Essencial', 2], ['Profissional', 5], ['Empresarial', 3]] },
  Enterprise: { share: 0.08, seats: [30, 150], monthlyChurn: 0.006, plans: [['Profissional', 3], ['Empresarial', 7]] }
}

/** Brazilian states (UF), weighted roughly by where SaaS customers are. */
export const STATES: readonly (readonly [string, number])[] = [
  ['SP', 34], ['MG', 10], ['RJ', 10], ['PR', 7], ['RS', 7], ['SC', 6], ['BA', 5], ['GO', 4], ['PE', 4], ['DF', 3], ['CE', 3], ['ES', 2], ['MT', 2], ['PA', 1], ['AM', 1], ['RN', 1]
]

/** Acquisition channels; "Indicação" is referral, and referred customers are healthier. */
export const CHANNELS: readonly (readonly [string, number, number])[] = [
  ['Indicação', 18, 0.45],
  ['Google Ads', 28, -0.2],
  ['Evento', 10, 0.1],
  ['Outbound', 22, -0.1],
  ['Parceiro', 12, 0.2],
  ['Site (orgânico)', 10, 0]
]

/** Churn reasons, as the cancellation form lists them. */
export const CHURN_REASONS = ['Preço', 'Migrou para concorrente', 'Falta de uso', 'Encerrou as atividades', 'Suporte insatisfatório', 'Faltam funcionalidades'] as const
export type ChurnReason = (typeof CHURN_REASONS)[number]

/** What the account manager wrote when the customer cancelled, per reason. */
export const CHURN_COMMENTS: Record<ChurnReason, readonly string[]> = {
  Preço: ['Cliente pediu desconto e não conseguimos aprovar', 'Corte de custos na empresa', 'Achou caro para o uso que fazia'],
  'Migrou para concorrente': ['Fechou com concorrente que já usava no grupo', 'Concorrente ofereceu 6 meses grátis', 'Matriz padronizou outra ferramenta'],
  'Falta de uso': ['Equipe não adotou a ferramenta', 'Responsável pelo projeto saiu da empresa', 'Não concluiu a implantação'],
  'Encerrou as atividades': ['Empresa fechou', 'Empresa foi vendida e incorporada', 'Encerrou a operação no Brasil'],
  'Suporte insatisfatório': ['Reclamou da demora no atendimento', 'Chamados sem solução por semanas', 'Insatisfeito com a implantação'],
  'Faltam funcionalidades': ['Precisava de integração com o ERP', 'Queria app mobile offline', 'Relatórios não atendiam a diretoria']
}

/** NPS comments by group: promoters praise, passives are lukewarm, detractors complain. */
export const NPS_COMMENTS: Record<'promoter' | 'passive' | 'detractor', readonly string[]> = {
  promoter: [
    'Excelente ferramenta, facilitou muito o dia a dia da equipe',
    'Suporte rápido e muito atencioso',
    'Recomendo! A implantação foi tranquila',
    'Os relatórios nos ajudam a tomar decisões toda semana',
    'Ótimo custo-benefício',
    'Atendimento nota 10, sempre resolvem rápido',
    'A equipe adotou sem dificuldade, muito intuitivo',
    'Já indiquei para dois parceiros'
  ],
  passive: [
    'Bom produto, mas poderia ter mais integrações',
    'Atende, mas o preço subiu bastante',
    'Funciona bem, às vezes fica lento',
    'Gostamos, falta um app para celular',
    'Razoável, o suporte demora um pouco',
    'Bom, mas a curva de aprendizado é grande'
  ],
  detractor: [
    'Muito caro pelo que entrega',
    'Suporte demora dias para responder',
    'Sistema cai com frequência',
    'Difícil de usar, a equipe desistiu',
    'Faltam relatórios básicos',
    'Péssima experiência na implantação',
    'Cobraram a mais na fatura e ninguém resolveu',
    'Estamos avaliando outras opções'
  ]
}

/** What the activity log records, per product. */
export const EVENTS: Record<Product, readonly string[]> = {
  'Pulso CRM': ['Login', 'Oportunidade atualizada', 'Funil visualizado', 'Proposta enviada'],
  'Pulso Atendimento': ['Login', 'Chamado respondido', 'Chamado encerrado'],
  'Pulso BI': ['Login', 'Painel visualizado', 'Relatório exportado']
}

const NAME_FIRST = ['Alfa', 'Aurora', 'Bandeirante', 'Boa Vista', 'Cerrado', 'Horizonte', 'Ipê', 'Jacarandá', 'Litoral', 'Mantiqueira', 'Nova Era', 'Pampa', 'Paraná', 'Pioneira', 'Planalto', 'Primavera', 'Real', 'Serra Azul', 'Sol Nascente', 'Tropical', 'Vale Verde', 'Vitória', 'Atlântico', 'Brasilis', 'Capital', 'Central', 'Estrela', 'Guarani', 'Itaú', 'Monte Alegre']
const NAME_TRADE = ['Distribuidora', 'Comércio', 'Tecnologia', 'Logística', 'Alimentos', 'Engenharia', 'Consultoria', 'Saúde', 'Educação', 'Transportes', 'Serviços', 'Indústria', 'Agro', 'Construtora', 'Farmácia', 'Contabilidade', 'Imobiliária', 'Varejo']
const NAME_SUFFIX: readonly (readonly [string, number])[] = [['Ltda', 6], ['ME', 2], ['S.A.', 1], ['EIRELI', 1]]

/** A company name like "Vale Verde Logística Ltda", from three picks. */
export function companyName(pick: <T>(items: readonly T[]) => T, weighted: <T>(items: readonly (readonly [T, number])[]) => T): string {
  return `${pick(NAME_FIRST)} ${pick(NAME_TRADE)} ${weighted(NAME_SUFFIX)}`
}
