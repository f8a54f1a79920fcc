import { useCommandsStore, type Command } from '../stores/commands'
import { useImportsStore } from '../stores/imports'
import { useReportExportStore } from '../stores/reportExport'
import { useWorkbenchStore } from '../stores/workbench'
import { useWorkspaceStore } from '../stores/workspace'

/**
 * The File commands: workspaces, spreadsheets and the Excel report. Their ids are what the native menu
 * sends (`app:command`), so the menu, the palette and the shortcuts run the same code.
 */
export function registerFileCommands(): void {
  const workspace = useWorkspaceStore()
  const imports = useImportsStore()
  const reportExport = useReportExportStore()
  const workbench = useWorkbenchStore()
  /** From the Compare editor the report starts from its A, B and segments; elsewhere from the dashboards' choices. */
  const exportReport = () => (workbench.activeTab?.kind === 'compare' ? reportExport.startFromCompare() : reportExport.start())
  const commands: Command[] = [
    { id: 'file.newWorkspace', titleKey: 'newWorkspace', category: 'file', run: () => workspace.newWorkspace() },
    { id: 'file.openWorkspace', titleKey: 'openWorkspace', category: 'file', keys: ['Ctrl+O'], run: () => workspace.openWorkspace() },
    { id: 'file.openSpreadsheets', titleKey: 'openSpreadsheets', category: 'file', keys: ['Ctrl+Shift+O'], run: () => imports.chooseFiles() },
    { id: 'file.save', titleKey: 'save', category: 'file', keys: ['Ctrl+S'], run: () => workspace.save() },
    { id: 'file.saveAs', titleKey: 'saveAs', category: 'file', keys: ['Ctrl+Shift+S'], run: () => workspace.saveAs() },
    { id: 'file.exportReport', titleKey: 'exportReport', category: 'file', keys: ['Ctrl+E'], run: exportReport }
  ]
  useCommandsStore().register(...commands)
}
