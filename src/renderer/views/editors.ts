import type { Component } from 'vue'
import type { IconName } from '../components/icons'
import type { EditorKind } from '../stores/workbench'
import ImportEditor from './ImportEditor.vue'
import SettingsEditor from './SettingsEditor.vue'
import ShortcutsEditor from './ShortcutsEditor.vue'
import WelcomeEditor from './WelcomeEditor.vue'

/** What the workbench needs to show an editor kind: its component, tab title and icon. */
export interface EditorDefinition {
  component: Component
  titleKey: string
  icon: IconName
}

export const editors: Record<EditorKind, EditorDefinition> = {
  welcome: { component: WelcomeEditor, titleKey: 'welcome.title', icon: 'pulse' },
  settings: { component: SettingsEditor, titleKey: 'settings.title', icon: 'settings' },
  shortcuts: { component: ShortcutsEditor, titleKey: 'shortcuts.title', icon: 'keyboard' },
  import: { component: ImportEditor, titleKey: 'import.title', icon: 'import' }
}
