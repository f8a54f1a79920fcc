/** Preferences of the app itself (not of a workspace): how it looks and speaks. */
export interface AppSettings {
  theme: 'light' | 'dark' | 'system'
  /** 'system' follows the operating system's language. */
  language: 'pt-BR' | 'en' | 'system'
}

export const defaultAppSettings: AppSettings = { theme: 'system', language: 'system' }

/** The languages the interface speaks. */
export const supportedLanguages = ['pt-BR', 'en'] as const
export type Language = (typeof supportedLanguages)[number]

/** The interface language for a system locale: Portuguese for any `pt*`, English otherwise. */
export function languageForLocale(locale: string | undefined): Language {
  return locale && locale.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en'
}
