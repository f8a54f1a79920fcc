import type { Component } from 'vue'
import type { IconName } from '../components/icons'
import type { EditorKind } from '../stores/workbench'
import ImportEditor from './ImportEditor.vue'
import SettingsEditor from './SettingsEditor.vue'
import ShortcutsEditor from './ShortcutsEditor.vue'
import WelcomeEditor from './WelcomeEditor.vue'
import CompareEditor from './compare/CompareEditor.vue'
import ChurnDashboard from './dashboards/ChurnDashboard.vue'
import OverviewDashboard from './dashboards/OverviewDashboard.vue'
import RevenueDashboard from './dashboards/RevenueDashboard.vue'
import ActivationDashboard from './dashboards/ActivationDashboard.vue'
import CampaignsDashboard from './dashboards/CampaignsDashboard.vue'
import CohortsDashboard from './dashboards/CohortsDashboard.vue'
import DataEditor from './dashboards/DataEditor.vue'
import NpsDashboard from './dashboards/NpsDashboard.vue'

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
  import: { component: ImportEditor, titleKey: 'import.title', icon: 'import' },
  overview: { component: OverviewDashboard, titleKey: 'dashboards.views.overview', icon: 'chart' },
  churn: { component: ChurnDashboard, titleKey: 'dashboards.views.churn', icon: 'churn' },
  revenue: { component: RevenueDashboard, titleKey: 'dashboards.views.revenue', icon: 'revenue' },
  nps: { component: NpsDashboard, titleKey: 'dashboards.views.nps', icon: 'nps' },
  cohorts: { component: CohortsDashboard, titleKey: 'dashboards.views.cohorts', icon: 'cohorts' },
  activation: { component: ActivationDashboard, titleKey: 'dashboards.views.activation', icon: 'activation' },
  campaigns: { component: CampaignsDashboard, titleKey: 'dashboards.views.campaigns', icon: 'campaigns' },
  data: { component: DataEditor, titleKey: 'dashboards.views.data', icon: 'table' },
  compare: { component: CompareEditor, titleKey: 'compare.title', icon: 'compare' }
}
