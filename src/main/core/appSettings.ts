import path from 'node:path'
import { z } from 'zod'
import { defaultAppSettings, type AppSettings } from '../../shared/model/settings'
import { readJsonFile, writeFileAtomic } from './jsonFile'

const settingsSchema = z.object({
  theme: z.enum(['light', 'dark', 'system']).catch(defaultAppSettings.theme),
  language: z.enum(['pt-BR', 'en', 'system']).catch(defaultAppSettings.language)
})

/**
 * The app's own preferences (theme, language), kept as JSON in the user's config
 * folder. A damaged file falls back to the defaults instead of stopping the app.
 */
export class AppSettingsStore {
  private readonly file: string

  constructor(configDir: string) {
    this.file = path.join(configDir, 'settings.json')
  }

  get(): AppSettings {
    const parsed = settingsSchema.safeParse(readJsonFile(this.file, {}))
    return parsed.success ? parsed.data : { ...defaultAppSettings }
  }

  update(change: Partial<AppSettings>): AppSettings {
    const next = { ...this.get(), ...change }
    writeFileAtomic(this.file, JSON.stringify(next, null, 2))
    return next
  }
}

const recentLimit = 10

/** The workspaces opened last, newest first, at most ten, kept beside the settings. */
export class RecentWorkspaces {
  private readonly file: string

  constructor(configDir: string) {
    this.file = path.join(configDir, 'recent.json')
  }

  list(): string[] {
    const parsed = z.array(z.string()).safeParse(readJsonFile(this.file, []))
    return parsed.success ? parsed.data : []
  }

  add(workspacePath: string): string[] {
    const next = [workspacePath, ...this.list().filter((p) => p !== workspacePath)].slice(0, recentLimit)
    writeFileAtomic(this.file, JSON.stringify(next, null, 2))
    return next
  }
}
