import { createI18n } from 'vue-i18n'
import type { Language } from '../../shared/model/settings'
import compareEn from './compare.en'
import comparePtBR from './compare.pt-BR'
import { withCompare } from './compareMessages'
import { withDashboards } from './dashboardMessages'
import dashboardsEn from './dashboards.en'
import dashboardsPtBR from './dashboards.pt-BR'
import en from './en'
import ptBR from './pt-BR'

const messages = {
  en: withCompare(withDashboards(en, dashboardsEn), compareEn),
  'pt-BR': withCompare(withDashboards(ptBR, dashboardsPtBR), comparePtBR)
}

export type MessageSchema = (typeof messages)['en']

/** The interface's texts in pt-BR and en; the locale follows the app settings. */
export function createPulsoI18n(locale: Language) {
  return createI18n<[MessageSchema], Language, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages
  })
}

export type PulsoI18n = ReturnType<typeof createPulsoI18n>
