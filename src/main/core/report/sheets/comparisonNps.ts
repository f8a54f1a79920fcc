/**
 * The Comparison sheet's NPS block: each side's NPS, margin of error and answers, the
 * difference and the combined margin of error as formulas over them, the verdict, and the
 * sentence a manager reads ("within the margin of error" / "dentro da margem de erro").
 */
import type { NpsComparison } from '../../../../shared/metrics/comparison'
import type { ComparisonLabels } from '../comparisonLabels'
import type { ReportLanguage } from '../labels'
import type { ReportContext } from '../reportContext'
import type { SheetWriter } from '../sheetWriter'

/** The NPS sentence in the report's language, with numbers written its way. */
export function npsComparisonSentence(nps: NpsComparison, language: ReportLanguage, words: ComparisonLabels): string | null {
  if (!nps.a && !nps.b) return null
  const points = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const signed = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' })
  const count = new Intl.NumberFormat(language)
  const side = (name: string, s: NpsComparison['a']) =>
    s && s.nps !== null ? words.nps.side(name, points.format(s.nps), s.marginOfError === null ? '—' : points.format(s.marginOfError), count.format(s.responses), s.smallSample) : words.nps.noAnswers(name)
  const sides = `${side('A', nps.a)}, ${side('B', nps.b)}`
  if (nps.difference === null || nps.verdict === null || nps.combinedMarginOfError === null) return words.nps.noComparison(sides)
  return words.nps.sentence(sides, signed.format(nps.difference), words.nps.verdicts[nps.verdict], points.format(nps.combinedMarginOfError))
}

/** Writes the block at the writer's row (nothing when neither side has NPS answers). */
export function comparisonNps(writer: SheetWriter, context: ReportContext, nps: NpsComparison, words: ComparisonLabels): void {
  const sentence = npsComparisonSentence(nps, context.language, words)
  if (!sentence) return
  writer.title(words.nps.title, 12)
  writer.header(['', words.nps.score, words.nps.margin, words.nps.responses])
  const rowOf: Record<'a' | 'b', number> = { a: 0, b: 0 }
  for (const side of ['a', 'b'] as const) {
    const s = nps[side]
    rowOf[side] = writer.row
    writer.put(1, side.toUpperCase())
    writer.put(2, s?.nps ?? null, 'nps')
    writer.put(3, s?.marginOfError ?? null, 'nps')
    writer.put(4, s?.responses ?? null, 'count')
    writer.next()
  }
  writer.put(1, words.nps.difference)
  writer.formula(2, `B${rowOf.a}-B${rowOf.b}`, nps.difference, 'points')
  writer.next()
  writer.put(1, words.nps.combined)
  writer.formula(3, `SQRT(C${rowOf.a}^2+C${rowOf.b}^2)`, nps.combinedMarginOfError, 'nps')
  writer.next()
  writer.put(1, words.nps.verdict)
  writer.put(2, nps.verdict ? words.nps.verdicts[nps.verdict] : context.labels.missing)
  if (nps.verdict) writer.sheet.getCell(writer.row, 2).font = { bold: true }
  writer.next()
  writer.note(sentence)
  writer.skip()
}
