import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AppInfo } from '../../shared/api'
import { defaultAppSettings, languageForLocale, type AppSettings, type Language } from '../../shared/model/settings'
import { useClient } from '../api/inject'

/** What the app is and how it looks and speaks: info from the core, theme and language settings. */
export const useAppStore = defineStore('app', () => {
  const client = useClient()
  const info = ref<AppInfo | null>(null)
  const settings = ref<AppSettings>({ ...defaultAppSettings })
  const systemPrefersDark = ref(false)
  const systemLanguage = ref<Language>(languageForLocale(typeof navigator === 'undefined' ? undefined : navigator.language))

  const theme = computed<'light' | 'dark'>(() => (settings.value.theme === 'system' ? (systemPrefersDark.value ? 'dark' : 'light') : settings.value.theme))
  const language = computed<Language>(() => (settings.value.language === 'system' ? systemLanguage.value : settings.value.language))

  /** Reads the app info and saved settings, and follows the system's colour scheme. */
  async function load(): Promise<void> {
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null
    if (media) {
      systemPrefersDark.value = media.matches
      media.addEventListener('change', (event) => (systemPrefersDark.value = event.matches))
    }
    const [appInfo, saved] = await Promise.all([client.call('app:info', {}), client.call('settings:get', {})])
    info.value = appInfo
    settings.value = saved
  }

  async function updateSettings(change: Partial<AppSettings>): Promise<void> {
    settings.value = await client.call('settings:update', change)
  }

  return { info, settings, theme, language, load, updateSettings }
})
