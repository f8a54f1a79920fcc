/** Lower case without accents, so "configuracoes" finds "Configurações". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/**
 * The items whose label contains every word of the query (accent- and case-insensitive),
 * those whose label starts with the query first, the rest in their own order.
 */
export function matchByWords<T>(items: T[], label: (item: T) => string, query: string): T[] {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return items
  const folded = foldText(query.trim())
  const matches = items.filter((item) => {
    const text = foldText(label(item))
    return words.every((word) => text.includes(word))
  })
  return [...matches.filter((item) => foldText(label(item)).includes(folded)), ...matches.filter((item) => !foldText(label(item)).includes(folded))]
}
