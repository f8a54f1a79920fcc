import { isMissing } from './missing'
import { missingValue, parsed, problem, type ParseResult, type RawCell } from './result'
import { foldText } from './text'

/**
 * Words read as true / false, folded. Besides yes/no in Portuguese, English and French
 * (Botanic), status words answer "has this customer left?", because churn flags are the
 * flag analysts bring most: `churned`, `cancelado` -> true; `active`, `ativo` -> false.
 */
const TRUE_WORDS = ['yes', 'y', 'sim', 's', 'true', 't', 'verdadeiro', 'v', 'oui', 'x', 'churned', 'churn', 'cancelado', 'cancelada', 'cancelled', 'canceled', 'inativo', 'inativa', 'inactive', 'lost', 'perdido', 'perdida', 'left']
const FALSE_WORDS = ['no', 'n', 'nao', 'false', 'f', 'falso', 'non', 'active', 'ativo', 'ativa', 'retained', 'retido', 'retida', 'current', 'stayed']

const flagByWord = new Map<string, boolean>([...TRUE_WORDS.map((w): [string, boolean] => [w, true]), ...FALSE_WORDS.map((w): [string, boolean] => [w, false])])

/**
 * Reads a yes/no cell: `Yes`/`No`, `Sim`/`Não`, `S`/`N`, `Y`/`N`, `True`/`False`, `V`/`F`,
 * `1`/`0` (also `1.0`), booleans, and churn-status words. Accent- and case-insensitive.
 */
export function parseFlag(raw: RawCell): ParseResult<boolean> {
  if (isMissing(raw)) return missingValue()
  if (typeof raw === 'boolean') return parsed(raw)
  if (typeof raw === 'number') return raw === 1 ? parsed(true) : raw === 0 ? parsed(false) : problem('not-a-flag', 'not yes or no')
  const word = foldText(String(raw))
  if (/^1([.,]0+)?$/.test(word)) return parsed(true)
  if (/^0([.,]0+)?$/.test(word)) return parsed(false)
  const flag = flagByWord.get(word)
  return flag === undefined ? problem('not-a-flag', 'not yes or no') : parsed(flag)
}
