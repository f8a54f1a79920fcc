import { createPinia } from 'pinia'
import { createApp, watch } from 'vue'
import { createClient } from './api/client'
import { createFileAccess, provideFileAccess } from './api/files'
import { provideClient } from './api/inject'
import { createPulsoI18n } from './i18n'
import { useAppStore } from './stores/app'
import { useLogStore } from './stores/log'
import { useQuickInputStore } from './stores/quickInput'
import { useWorkbenchStore } from './stores/workbench'
import { useWorkspaceStore } from './stores/workspace'
import './styles/theme.css'
import TheWorkbench from './workbench/TheWorkbench.vue'
import { registerWorkbenchCommands } from './workbench/registerCommands'
import { registerFileCommands } from './workbench/registerFileCommands'
import { registerDashboardCommands } from './workbench/registerDashboardCommands'

/** Starts the workbench: client, stores, language and theme, then the first screen. */
async function start(): Promise<void> {
  const client = createClient()
  const app = createApp(TheWorkbench)
  const i18n = createPulsoI18n('en')
  provideClient(app, client)
  app.use(createPinia())
  app.use(i18n)
  provideFileAccess(
    app,
    createFileAccess(client, {
      workspaceFolder: () => appStore.info?.workspaceFolder,
      askWorkspaceName: (suggested, folder) => quickInput.ask({ titleKey: 'quickInput.saveAsTitle', hintKey: 'quickInput.saveAsHint', params: { folder }, value: suggested })
    })
  )

  const { appStore, log, workbench, workspace, quickInput } = app.runWithContext(() => ({
    quickInput: useQuickInputStore(),
    appStore: useAppStore(),
    log: useLogStore(),
    workbench: useWorkbenchStore(),
    workspace: useWorkspaceStore()
  }))
  app.runWithContext(() => {
    registerWorkbenchCommands()
    registerFileCommands()
    registerDashboardCommands()
  })

  watch(
    () => appStore.language,
    (language) => {
      i18n.global.locale.value = language
      document.documentElement.lang = language
    },
    { immediate: true }
  )
  watch(() => appStore.theme, (theme) => (document.documentElement.dataset.theme = theme), { immediate: true })

  try {
    await Promise.all([appStore.load(), workspace.load()])
    const info = appStore.info
    if (info) log.log(i18n.global.t('output.connected', { name: info.name, version: info.version, transport: info.transport }))
  } catch (error) {
    log.log(i18n.global.t('error.unreachable', { message: error instanceof Error ? error.message : String(error) }), 'error')
    workbench.showPanel('output')
  }
  workbench.openEditor('welcome')
  app.mount('#app')
}

void start()
