/**
 * Merges the Compare editor's texts into a language's messages: the texts under `compare`,
 * and their palette titles into `command`, where the palette reads them.
 */
import type compareEn from './compare.en'

export type CompareMessages = typeof compareEn

interface PaletteMessages {
  command: object
}

/** A language's messages with the Compare editor's texts added. */
export function withCompare<Base extends PaletteMessages>(base: Base, texts: CompareMessages) {
  return { ...base, compare: texts, command: { ...base.command, ...texts.command } }
}
