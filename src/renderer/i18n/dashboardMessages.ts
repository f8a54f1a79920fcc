/**
 * Merges the dashboards' texts into a language's messages: the texts under `dashboards`,
 * and their palette titles into `command` and `category`, where the palette reads them.
 * Kept apart so the dashboards never edit the workbench's own message files.
 */
import type dashboardsEn from './dashboards.en'

export type DashboardMessages = typeof dashboardsEn

interface PaletteMessages {
  command: object
  category: object
}

/** A language's messages with the dashboards' texts added. */
export function withDashboards<Base extends PaletteMessages>(base: Base, texts: DashboardMessages) {
  return {
    ...base,
    dashboards: texts,
    command: { ...base.command, ...texts.command },
    category: { ...base.category, ...texts.category }
  }
}
