/**
 * A view's remembered choice (a period, filters, a comparison) in localStorage. A full or
 * disabled storage only loses the choice, never the numbers, so failures are ignored.
 */
export function readSaved(key: string): unknown {
  try {
    const text = localStorage.getItem(key)
    return text ? (JSON.parse(text) as unknown) : null
  } catch {
    return null
  }
}

export function writeSaved(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Ignored: see above.
  }
}
