/**
 * What a table can be, and the fields of each kind: the vocabulary the importer maps
 * columns to, the workspace stores, and the renderer shows in the mapping dialog.
 * Plain data, so it crosses IPC as it is.
 */

/** How a field's cells are read (`src/shared/parse`). */
export type FieldType = 'id' | 'text' | 'number' | 'money' | 'date' | 'month' | 'flag' | 'score' | 'category'

/** The kinds of table Pulso recognises. */
export const tableKinds = ['customers', 'revenue', 'subscriptions', 'nps', 'activity', 'churn-events', 'campaign-recipients', 'campaigns'] as const
export type TableKind = (typeof tableKinds)[number]

export interface Labels {
  'pt-BR': string
  en: string
}

/** One field of a kind. `required` fields must be mapped; alternatives are in `KindSpec.needs`. */
export interface FieldSpec {
  name: string
  type: FieldType
  required: boolean
  label: Labels
}

/**
 * A need satisfied when every field of at least one option is mapped: revenue needs
 * `date` or `month`, and `amount` or `quantity` x `unitPrice`.
 */
export interface Requirement {
  anyOf: string[][]
}

export interface KindSpec {
  kind: TableKind
  label: Labels
  fields: FieldSpec[]
  /** Needs with alternatives, beyond the fields marked `required`. */
  needs: Requirement[]
}

const f = (name: string, type: FieldType, required: boolean, pt: string, en: string): FieldSpec => ({ name, type, required, label: { 'pt-BR': pt, en } })
const need = (...anyOf: string[][]): Requirement => ({ anyOf })

/** Every kind and its fields, in the order the mapping dialog lists them. */
export const TABLE_KINDS: readonly KindSpec[] = [
  {
    kind: 'customers',
    label: { 'pt-BR': 'Clientes', en: 'Customers' },
    fields: [
      f('customer', 'id', true, 'Código do cliente', 'Customer ID'),
      f('name', 'text', false, 'Nome', 'Name'),
      f('segment', 'category', false, 'Segmento', 'Segment'),
      f('plan', 'category', false, 'Plano', 'Plan'),
      f('region', 'category', false, 'Região', 'Region'),
      f('signupDate', 'date', false, 'Data de cadastro', 'Signup date'),
      f('churned', 'flag', false, 'Cancelou', 'Churned'),
      f('churnDate', 'date', false, 'Data de cancelamento', 'Churn date'),
      f('churnReason', 'category', false, 'Motivo do cancelamento', 'Churn reason'),
      f('channel', 'category', false, 'Canal de aquisição', 'Acquisition channel'),
      f('status', 'category', false, 'Situação', 'Status'),
      f('mrr', 'money', false, 'Mensalidade (MRR)', 'Monthly revenue (MRR)'),
      f('totalRevenue', 'money', false, 'Receita total do cliente', 'Total revenue to date')
    ],
    needs: []
  },
  {
    kind: 'revenue',
    label: { 'pt-BR': 'Linhas de receita', en: 'Revenue lines' },
    fields: [
      f('customer', 'id', false, 'Cliente', 'Customer'),
      f('date', 'date', false, 'Data', 'Date'),
      f('month', 'month', false, 'Mês', 'Month'),
      f('amount', 'money', false, 'Valor', 'Amount'),
      f('quantity', 'number', false, 'Quantidade', 'Quantity'),
      f('unitPrice', 'money', false, 'Preço unitário', 'Unit price'),
      f('orderId', 'id', false, 'Pedido', 'Order'),
      f('product', 'category', false, 'Produto', 'Product'),
      f('productCode', 'id', false, 'Código do produto', 'Product code'),
      f('segment', 'category', false, 'Segmento', 'Segment'),
      f('region', 'category', false, 'Região', 'Region')
    ],
    needs: [need(['date'], ['month']), need(['amount'], ['quantity', 'unitPrice'])]
  },
  {
    kind: 'subscriptions',
    label: { 'pt-BR': 'Assinaturas', en: 'Subscriptions' },
    fields: [
      f('customer', 'id', true, 'Cliente', 'Customer'),
      f('subscription', 'id', false, 'Assinatura', 'Subscription'),
      f('startDate', 'date', true, 'Início', 'Start date'),
      f('endDate', 'date', false, 'Fim', 'End date'),
      f('mrr', 'money', true, 'MRR', 'MRR'),
      f('plan', 'category', false, 'Plano', 'Plan'),
      f('product', 'category', false, 'Produto', 'Product'),
      f('quantity', 'number', false, 'Quantidade (licenças)', 'Quantity (seats)')
    ],
    needs: []
  },
  {
    kind: 'nps',
    label: { 'pt-BR': 'Respostas de NPS', en: 'NPS answers' },
    fields: [
      f('customer', 'id', false, 'Cliente', 'Customer'),
      f('date', 'date', false, 'Data da resposta', 'Answer date'),
      f('score', 'score', true, 'Nota (0 a 10)', 'Score (0 to 10)'),
      f('satisfaction', 'number', false, 'Satisfação', 'Satisfaction'),
      f('comment', 'text', false, 'Comentário', 'Comment'),
      f('segment', 'category', false, 'Segmento', 'Segment')
    ],
    needs: []
  },
  {
    kind: 'activity',
    label: { 'pt-BR': 'Atividade', en: 'Activity' },
    fields: [
      f('customer', 'id', false, 'Cliente', 'Customer'),
      f('subscription', 'id', false, 'Assinatura', 'Subscription'),
      f('date', 'date', true, 'Data', 'Date'),
      f('event', 'category', false, 'Evento', 'Event'),
      f('quantity', 'number', false, 'Quantidade', 'Count')
    ],
    needs: [need(['customer'], ['subscription'])]
  },
  {
    kind: 'churn-events',
    label: { 'pt-BR': 'Cancelamentos', en: 'Churn events' },
    fields: [
      f('customer', 'id', true, 'Cliente', 'Customer'),
      f('date', 'date', true, 'Data do cancelamento', 'Churn date'),
      f('reason', 'category', false, 'Motivo', 'Reason'),
      f('comment', 'text', false, 'Comentário', 'Comment'),
      f('lostMrr', 'money', false, 'MRR perdido', 'Lost MRR'),
      f('refund', 'money', false, 'Reembolso', 'Refund'),
      f('reactivation', 'flag', false, 'Reativação', 'Reactivation')
    ],
    needs: []
  },
  {
    kind: 'campaign-recipients',
    label: { 'pt-BR': 'Campanha de e-mail (por destinatário)', en: 'E-mail campaign (per recipient)' },
    fields: [
      f('customer', 'id', false, 'Cliente', 'Customer'),
      f('campaign', 'category', false, 'Campanha', 'Campaign'),
      f('group', 'category', false, 'Grupo (controle)', 'Group (control)'),
      f('date', 'date', false, 'Data de envio', 'Send date'),
      f('sent', 'flag', false, 'Enviado', 'Sent'),
      f('delivered', 'flag', false, 'Entregue', 'Delivered'),
      f('opened', 'flag', false, 'Abriu', 'Opened'),
      f('clicked', 'flag', false, 'Clicou', 'Clicked'),
      f('converted', 'flag', false, 'Respondeu / converteu', 'Responded / converted'),
      f('revenue', 'money', false, 'Receita', 'Revenue'),
      f('segment', 'category', false, 'Segmento', 'Segment')
    ],
    needs: [need(['group'], ['sent'], ['delivered']), need(['opened'], ['clicked'], ['converted'])]
  },
  {
    kind: 'campaigns',
    label: { 'pt-BR': 'Campanhas de e-mail (totais)', en: 'E-mail campaigns (totals)' },
    fields: [
      f('campaign', 'category', true, 'Campanha', 'Campaign'),
      f('date', 'date', false, 'Data', 'Date'),
      f('group', 'category', false, 'Grupo (controle)', 'Group (control)'),
      f('sent', 'number', false, 'Enviados', 'Sent'),
      f('delivered', 'number', false, 'Entregues', 'Delivered'),
      f('opens', 'number', false, 'Aberturas únicas', 'Unique opens'),
      f('clicks', 'number', false, 'Cliques únicos', 'Unique clicks'),
      f('conversions', 'number', false, 'Respostas / conversões', 'Responses / conversions'),
      f('bounces', 'number', false, 'Devoluções', 'Bounces'),
      f('unsubscribes', 'number', false, 'Descadastros', 'Unsubscribes')
    ],
    needs: [need(['sent'], ['delivered'])]
  }
]

/** The spec of one kind. */
export function kindSpec(kind: TableKind): KindSpec {
  return TABLE_KINDS.find((spec) => spec.kind === kind) as KindSpec
}

/** True for a string that names a kind (CLI `--kind`, renderer input). */
export function isTableKind(value: string): value is TableKind {
  return TABLE_KINDS.some((spec) => spec.kind === value)
}

/** Every need of a kind: one per required field, then the alternatives. */
export function requirementsOf(spec: KindSpec): Requirement[] {
  return [...spec.fields.filter((field) => field.required).map((field) => need([field.name])), ...spec.needs]
}

/** The needs a set of mapped fields leaves unmet (empty when the table is usable). */
export function unmetRequirements(spec: KindSpec, mapped: ReadonlySet<string>): Requirement[] {
  return requirementsOf(spec).filter((req) => !req.anyOf.some((option) => option.every((name) => mapped.has(name))))
}
