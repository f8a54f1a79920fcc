import { createI18n } from 'vue-i18n'
import type { Language } from '../../shared/model/settings'
import en from './en'
import ptBR from './pt-BR'

export type MessageSchema = typeof en

/** The interface's texts in pt-BR and en; the locale follows the app settings. */
export function createPulsoI18n(locale: Language) {
  return createI18n<[MessageSchema], Language, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, 'pt-BR': ptBR }
  })
}

export type PulsoI18n = ReturnType<typeof createPulsoI18n>
