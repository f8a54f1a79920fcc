import type { TableKind } from '../../../shared/model/kinds'
import { headerWords } from './headerText'

/**
 * Header synonyms in Portuguese and English, per kind and field. Written as people
 * write headers (matching folds accents, case, camelCase and separators). A leading
 * `~` marks a weak synonym (weight 0.7): a generic word such as `id` or `data` that
 * should lose to a specific one.
 */
const CUSTOMER = ['cliente', 'codigo do cliente', 'cod cliente', 'id cliente', 'cliente id', 'customer', 'customer id', 'customer code', 'client', 'client id', 'account', 'account id', 'conta', 'id conta', 'cnpj', 'cpf', 'user id', 'usuario', '~id', '~codigo', '~email', '~e-mail']
const DATE = ['~data', '~date', '~dia', '~day', '~timestamp', '~datetime', '~created at', '~criado em', 'data hora', 'event date', 'data do evento']
const MONTH = ['mes', 'month', 'competencia', 'mes referencia', 'mes de referencia', 'periodo', 'period', 'year month', 'ano mes', 'billing month', 'mes faturamento']
const MONEY = ['valor', 'valor total', 'total', 'receita', 'faturamento', 'revenue', 'amount', 'valor pago', 'valor da venda', 'valor da compra', 'sales', 'vendas', 'total charges', 'charges', 'price total', 'line total', 'subtotal']
const MRR = ['mrr', 'mrr amount', 'monthly charges', 'monthly charge', 'monthly fee', 'monthly revenue', 'mensalidade', 'valor mensal', 'receita mensal', 'receita recorrente', 'recurring revenue', 'monthly recurring revenue', 'assinatura valor', '~valor', '~amount', '~price', '~preco']
const PLAN = ['plano', 'plan', 'plan tier', 'tier', 'contrato', 'contract', 'pacote', 'package', 'plan name', 'nome do plano']
const PRODUCT = ['produto', 'product', 'product name', 'nome do produto', 'description', 'descricao', 'item', 'servico', 'service', 'modulo', 'module']
const SEGMENT = ['segmento', 'segment', 'industry', 'setor', 'vertical', 'porte', 'company size', 'customer segment', 'tipo de cliente', 'customer type']
const REGION = ['regiao', 'region', 'country', 'pais', 'estado', 'state', 'uf', 'cidade', 'city']
const QUANTITY = ['quantidade', 'quantity', 'qtd', 'qtde', 'qty', 'seats', 'licencas', 'licenses', 'usuarios', 'units', 'unidades']
const COMMENT = ['comentario', 'comment', 'comments', 'feedback', 'feedback text', 'observacao', 'obs', 'explication', 'commentaire', 'why', 'por que', 'porque', 'motivo da nota', 'verbatim', 'texto', 'resposta aberta', 'open answer']
const CAMPAIGN = ['campanha', 'campaign', 'campaign name', 'nome da campanha', 'disparo', 'envio', 'mailing']
const GROUP = ['grupo', 'group', 'variant', 'variante', 'treatment', 'tratamento', 'test group', 'grupo de controle', 'control group', 'controle', 'control', '~segment', '~segmento']

export const SYNONYMS: Record<TableKind, Record<string, readonly string[]>> = {
  customers: {
    customer: CUSTOMER,
    name: ['nome', 'name', 'nome do cliente', 'customer name', 'account name', 'razao social', 'empresa', 'company', 'company name', 'nome fantasia'],
    segment: SEGMENT,
    plan: PLAN,
    region: REGION,
    signupDate: ['data de cadastro', 'cadastro', 'signup date', 'sign up date', 'signup', 'data de inicio', 'inicio', 'start date', 'created at', 'criado em', 'data de entrada', 'customer since', 'cliente desde', 'data de adesao', 'adesao', 'onboarding date', '~data'],
    churned: ['churn', 'churned', 'churn flag', 'is churned', 'cancelado', 'cancelou', 'cancelada', 'churnou', 'perdido', 'lost', 'status', 'situacao', 'ativo', 'active', 'is active'],
    churnDate: ['churn date', 'data de cancelamento', 'data do cancelamento', 'cancelamento', 'cancellation date', 'canceled at', 'cancelled at', 'data de saida', 'end date', 'data fim', 'data de churn'],
    churnReason: ['motivo', 'motivo do cancelamento', 'motivo cancelamento', 'churn reason', 'reason', 'reason code', 'cancellation reason', 'razao', 'causa'],
    channel: ['canal', 'canal de aquisicao', 'origem', 'origem do cliente', 'channel', 'acquisition channel', 'source', 'lead source', 'referral source', 'referral', 'indicacao', 'utm source', 'how did you hear'],
    status: ['status', 'situacao', 'estado do cliente', 'customer status', 'account status', 'lifecycle stage'],
    mrr: MRR,
    totalRevenue: ['total charges', 'receita total', 'faturamento total', 'total gasto', 'total pago', 'lifetime value', 'ltv', 'total spent', 'total revenue', 'valor total pago']
  },
  revenue: {
    customer: CUSTOMER,
    date: [...DATE, 'data da compra', 'data do pedido', 'data da venda', 'data de emissao', 'data do pagamento', 'data da fatura', 'purchase date', 'order date', 'invoice date', 'sale date', 'transaction date', 'payment date', 'emissao'],
    month: MONTH,
    amount: MONEY,
    quantity: QUANTITY,
    unitPrice: ['preco', 'preco unitario', 'valor unitario', 'unit price', 'price', 'unitprice', 'price each', 'preco unit'],
    orderId: ['pedido', 'numero do pedido', 'no pedido', 'n pedido', 'order', 'order id', 'order number', 'invoice', 'invoice no', 'invoice number', 'fatura', 'nota fiscal', 'nf', 'numero da nota', 'transaction id', 'venda', 'id venda'],
    product: PRODUCT,
    productCode: ['codigo do produto', 'cod produto', 'sku', 'stock code', 'product code', 'product id', 'item code', 'referencia'],
    segment: SEGMENT,
    region: REGION
  },
  subscriptions: {
    customer: CUSTOMER,
    subscription: ['assinatura', 'subscription', 'subscription id', 'id assinatura', 'contrato id', 'contract id'],
    startDate: ['inicio', 'data de inicio', 'data inicio', 'start', 'start date', 'started at', 'inicio da assinatura', 'subscription start', 'data de ativacao', 'activation date'],
    endDate: ['fim', 'data de fim', 'data fim', 'termino', 'data de termino', 'end', 'end date', 'ended at', 'cancelamento', 'data de cancelamento', 'canceled at', 'cancelled at', 'subscription end'],
    mrr: MRR,
    plan: PLAN,
    product: PRODUCT,
    quantity: QUANTITY
  },
  nps: {
    customer: CUSTOMER,
    date: [...DATE, 'data da resposta', 'response date', 'answered at', 'respondido em', 'submitted at', 'survey date'],
    score: ['nps', 'nota', 'nota nps', 'score', 'nps score', 'recommend', 'recomendaria', 'recomendar', 'recommandation', 'how likely are you to recommend', 'qual probabilidade de recomendar', 'probabilidade de recomendar', 'on a scale of 0 10', 'de 0 a 10', 'likelihood to recommend', 'rating', 'avaliacao'],
    satisfaction: ['satisfacao', 'satisfaction', 'csat', 'nota de satisfacao', 'satisfaction score'],
    comment: COMMENT,
    segment: SEGMENT
  },
  activity: {
    customer: CUSTOMER,
    subscription: ['assinatura', 'subscription', 'subscription id', 'id assinatura'],
    date: [...DATE, 'usage date', 'data de uso', 'activity date', 'data da atividade', 'login date', 'last login', 'data do acesso', 'acesso', 'occurred at'],
    event: ['evento', 'event', 'event name', 'atividade', 'activity', 'acao', 'action', 'feature', 'feature name', 'funcionalidade', 'tipo', 'type'],
    quantity: ['quantidade', 'count', 'usage count', 'contagem', 'vezes', 'times', 'qtd', 'events']
  },
  'churn-events': {
    customer: CUSTOMER,
    date: ['churn date', 'data de cancelamento', 'data do cancelamento', 'cancelamento', 'cancellation date', 'canceled at', 'cancelled at', 'data de saida', 'data de churn', '~data', '~date'],
    reason: ['motivo', 'motivo do cancelamento', 'motivo cancelamento', 'churn reason', 'reason', 'reason code', 'cancellation reason', 'razao', 'causa'],
    comment: COMMENT,
    lostMrr: ['mrr perdido', 'lost mrr', 'churned mrr', 'receita perdida', 'lost revenue', 'mrr'],
    refund: ['reembolso', 'refund', 'refund amount', 'estorno', 'valor reembolsado'],
    reactivation: ['reativacao', 'reactivation', 'is reactivation', 'reativado', 'reactivated']
  },
  'campaign-recipients': {
    customer: CUSTOMER,
    campaign: CAMPAIGN,
    group: GROUP,
    date: [...DATE, 'data de envio', 'sent at', 'send date', 'enviado em'],
    sent: ['enviado', 'sent', 'was sent', 'emailed', 'recebeu e mail', 'mailed'],
    delivered: ['entregue', 'delivered', 'was delivered'],
    opened: ['abriu', 'aberto', 'opened', 'open', 'was opened', 'abertura'],
    clicked: ['clicou', 'clicked', 'click', 'clique', 'visit', 'visited', 'visitou', 'visita'],
    converted: ['converteu', 'convertido', 'conversao', 'converted', 'conversion', 'respondeu', 'responded', 'response', 'resposta', 'comprou', 'purchased'],
    revenue: ['receita', 'revenue', 'spend', 'gasto', 'valor', 'amount', 'sales'],
    segment: ['segmento', 'customer segment', 'history segment', 'tipo de cliente']
  },
  campaigns: {
    campaign: CAMPAIGN,
    date: [...DATE, 'data de envio', 'sent at', 'send date'],
    group: GROUP,
    sent: ['enviados', 'enviado', 'envios', 'sent', 'emails sent', 'recipients', 'destinatarios'],
    delivered: ['entregues', 'delivered', 'entregas'],
    opens: ['aberturas', 'aberturas unicas', 'opens', 'unique opens', 'opened', 'abertos'],
    clicks: ['cliques', 'cliques unicos', 'clicks', 'unique clicks', 'clicked'],
    conversions: ['conversoes', 'respostas', 'responses', 'conversions', 'converted', 'respondidas'],
    bounces: ['bounces', 'bounced', 'devolvidos', 'rejeitados', 'hard bounces'],
    unsubscribes: ['descadastros', 'unsubscribes', 'unsubscribed', 'opt outs']
  }
}

/** A synonym ready to compare: its words and its weight. */
export interface PreparedSynonym {
  words: string[]
  weight: number
}

const prepared = new Map<string, PreparedSynonym[]>()

/** The prepared synonyms of one field of one kind (computed once). */
export function synonymsOf(kind: TableKind, field: string): PreparedSynonym[] {
  const key = `${kind}.${field}`
  let list = prepared.get(key)
  if (!list) {
    list = (SYNONYMS[kind][field] ?? []).map((text) => (text.startsWith('~') ? { words: headerWords(text.slice(1)), weight: 0.7 } : { words: headerWords(text), weight: 1 }))
    prepared.set(key, list)
  }
  return list
}
