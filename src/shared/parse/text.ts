/**
 * Text folding shared by every parser and by header matching: analysts type
 * `Não`, `NAO`, `não ` and mean the same thing.
 */

/** Lower case, accents and compatibility forms removed (`Nº` -> `no`), spaces trimmed and collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
}

