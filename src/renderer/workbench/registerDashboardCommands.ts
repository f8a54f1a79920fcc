import { useClient } from '../api/inject'
import { useCommandsStore, type Command } from '../stores/commands'
import { useMetricsStore } from '../stores/metrics'
import { useWorkbenchStore, type EditorKind } from '../stores/workbench'

/** The dashboards the split comparison can show. */
const sideBySideKinds: EditorKind[] = ['overview', 'churn', 'revenue', 'nps', 'cohorts', 'activation', 'campaigns']

/** The dashboards' commands: open each view, compare periods, show the Dashboards side bar, open the sample company. */
export function registerDashboardCommands(): void {
  const workbench = useWorkbenchStore()
  const metrics = useMetricsStore()
  const client = useClient()
  const commands: Command[] = [
    { id: 'dashboards.show', titleKey: 'showDashboards', category: 'dashboards', run: () => workbench.showActivity('dashboards') },
    { id: 'dashboards.openOverview', titleKey: 'openOverview', category: 'dashboards', run: () => workbench.openEditor('overview') },
    { id: 'dashboards.openChurn', titleKey: 'openChurn', category: 'dashboards', run: () => workbench.openEditor('churn') },
    { id: 'dashboards.openRevenue', titleKey: 'openRevenue', category: 'dashboards', run: () => workbench.openEditor('revenue') },
    { id: 'dashboards.openNps', titleKey: 'openNps', category: 'dashboards', run: () => workbench.openEditor('nps') },
    { id: 'dashboards.openCohorts', titleKey: 'openCohorts', category: 'dashboards', run: () => workbench.openEditor('cohorts') },
    { id: 'dashboards.openActivation', titleKey: 'openActivation', category: 'dashboards', run: () => workbench.openEditor('activation') },
    { id: 'dashboards.openCampaigns', titleKey: 'openCampaigns', category: 'dashboards', run: () => workbench.openEditor('campaigns') },
    { id: 'compare.open', titleKey: 'openCompare', category: 'dashboards', run: () => workbench.openEditor('compare') },
    {
      id: 'compare.sideBySide',
      titleKey: 'compareSideBySide',
      category: 'dashboards',
      run: () => {
        const kind = workbench.activeTab?.kind
        workbench.openSideBySide(kind && sideBySideKinds.includes(kind) ? kind : 'overview')
      }
    },
    { id: 'dashboards.openData', titleKey: 'openData', category: 'dashboards', run: () => workbench.openEditor('data') },
    {
      id: 'workspace.openSample',
      titleKey: 'openSample',
      category: 'file',
      run: async () => {
        const summary = await client.call('workspace:openSample', {})
        await metrics.reload(summary)
        await metrics.ensureLoaded()
        workbench.openEditor('overview')
      }
    }
  ]
  useCommandsStore().register(...commands)
}
