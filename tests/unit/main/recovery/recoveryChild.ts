/**
 * A child process for the recovery test: `node recoveryChild.cjs CONFIG_DIR FILE.csv`
 * begins a session, imports the csv into an untitled workspace, autosaves it, prints
 * `autosaved` and then waits to be killed, as a crashing app would be.
 */
import { importSpreadsheet } from '../../../../src/main/core/import/importSpreadsheet'
import { SessionRecovery } from '../../../../src/main/core/recovery'
import { Workspace } from '../../../../src/main/core/workspace/workspace'

async function run(): Promise<void> {
  const [configDir, csv] = process.argv.slice(2)
  const recovery = new SessionRecovery(configDir)
  recovery.begin()
  const workspace = await Workspace.create()
  recovery.track(workspace)
  await importSpreadsheet(workspace, csv)
  recovery.autosave(workspace)
  process.stdout.write('autosaved\n')
  setInterval(() => undefined, 1000)
}

void run()
