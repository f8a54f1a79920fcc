/**
 * The sample company's files, written as an analyst would have them: a CRM export and
 * the cancellations as `;` csv (the CRM in Latin-1), subscriptions and campaign results
 * as xlsx with real dates and R$ amounts, NPS answers and the activity log as UTF-8 csv.
 */
import path from 'node:path'
import { brazilianDate, brazilianMoney } from './calendar'
import { CsvFile } from './csvFile'
import type { CustomerLife, SampleChurn, SampleNpsAnswer, SampleRecipient } from './model'
import { XlsxFile } from './xlsxFile'

/** The file names, as the sample folder shows them. */
export const SAMPLE_FILE_NAMES = {
  customers: 'clientes.csv',
  subscriptions: 'assinaturas.xlsx',
  nps: 'nps.csv',
  activity: 'atividade.csv',
  churns: 'cancelamentos.csv',
  campaigns: 'campanhas.xlsx'
} as const

const yesNo = (flag: boolean) => (flag ? 'Sim' : 'Não')
const money = (cents: number) => cents / 100

/** The files written customer by customer while the generator runs. */
export class StreamedSampleFiles {
  readonly customers: CsvFile
  readonly subscriptions: XlsxFile
  readonly activity: CsvFile

  constructor(dir: string, today: number) {
    this.customers = new CsvFile(path.join(dir, SAMPLE_FILE_NAMES.customers), { encoding: 'latin1', delimiter: ';' })
    this.customers.line(['Código do cliente', 'Razão social', 'Segmento', 'Plano', 'UF', 'Canal de aquisição', 'Data de cadastro', 'Situação', 'Data de cancelamento', 'Motivo do cancelamento', 'Mensalidade (R$)'])
    this.subscriptions = new XlsxFile(path.join(dir, SAMPLE_FILE_NAMES.subscriptions), today)
    this.subscriptions.sheet('Assinaturas', [
      { header: 'Cliente', width: 12 }, { header: 'Produto', width: 20 }, { header: 'Plano', width: 14 }, { header: 'Licenças', width: 10, format: 'integer' },
      { header: 'Início', width: 12, format: 'date' }, { header: 'Fim', width: 12, format: 'date' }, { header: 'MRR (R$)', width: 14, format: 'money' }
    ])
    this.activity = new CsvFile(path.join(dir, SAMPLE_FILE_NAMES.activity), { encoding: 'utf8-bom', delimiter: ';' })
    this.activity.line(['Cliente', 'Data', 'Evento', 'Quantidade'])
  }

  /** Writes one customer's rows; `signupText` replaces its signup date (a deliberate typo). */
  add(life: CustomerLife, signupText?: string): void {
    const churn = life.lastChurn
    this.customers.line([
      life.id, life.name, life.segment, life.plan, life.state, life.channel, signupText ?? brazilianDate(life.signupDay),
      churn ? 'Cancelado' : 'Ativo', churn ? brazilianDate(churn.day) : null, churn?.reason ?? null, brazilianMoney(life.mrrCents)
    ])
    for (const sub of life.subscriptions) {
      this.subscriptions.row([life.id, sub.product, sub.plan, sub.seats, { day: sub.startDay }, sub.endDay === null ? null : { day: sub.endDay }, money(sub.mrrCents)])
    }
    for (const event of life.activity) this.activity.line([life.id, brazilianDate(event.day), event.event, event.count])
  }

  async close(): Promise<void> {
    this.customers.close()
    this.activity.close()
    await this.subscriptions.close()
  }
}

/** The cancellations, oldest first, as the billing system exports them. */
export function writeChurns(dir: string, churns: readonly { customer: string; churn: SampleChurn }[]): CsvFile {
  const file = new CsvFile(path.join(dir, SAMPLE_FILE_NAMES.churns), { encoding: 'utf8-bom', delimiter: ';' })
  file.line(['Cliente', 'Data do cancelamento', 'Motivo', 'MRR perdido', 'Comentário'])
  for (const { customer, churn } of churns) file.line([customer, brazilianDate(churn.day), churn.reason, `R$ ${brazilianMoney(churn.lostMrrCents)}`, churn.comment])
  file.close()
  return file
}

/** The NPS answers, oldest first; `scoreText` replaces some scores (deliberate typos). */
export function writeNps(dir: string, answers: readonly SampleNpsAnswer[], scoreText: ReadonlyMap<number, string>): CsvFile {
  const file = new CsvFile(path.join(dir, SAMPLE_FILE_NAMES.nps), { encoding: 'utf8-bom', delimiter: ';' })
  file.line(['Data da resposta', 'Cliente', 'Segmento', 'Nota (0 a 10)', 'Satisfação (1 a 5)', 'Comentário'])
  answers.forEach((answer, i) => file.line([brazilianDate(answer.day), answer.customer, answer.segment, scoreText.get(i) ?? answer.score, answer.satisfaction, answer.comment]))
  file.close()
  return file
}

/** The per-recipient campaign results, one sheet. */
export async function writeCampaigns(dir: string, recipients: readonly SampleRecipient[], today: number): Promise<XlsxFile> {
  const file = new XlsxFile(path.join(dir, SAMPLE_FILE_NAMES.campaigns), today)
  file.sheet('Destinatários', [
    { header: 'Campanha', width: 34 }, { header: 'Grupo', width: 30 }, { header: 'Cliente', width: 12 }, { header: 'Segmento', width: 12 },
    { header: 'Data de envio', width: 14, format: 'date' }, { header: 'Enviado', width: 9 }, { header: 'Entregue', width: 9 }, { header: 'Abriu', width: 9 }, { header: 'Clicou', width: 9 }, { header: 'Respondeu', width: 11 }
  ])
  for (const r of recipients) file.row([r.campaign, r.group, r.customer, r.segment, { day: r.sendDay }, yesNo(r.sent), yesNo(r.delivered), yesNo(r.opened), yesNo(r.clicked), yesNo(r.responded)])
  await file.close()
  return file
}
