import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../../../../src/main/cli'
import type { DashboardMetrics } from '../../../../src/shared/metrics/dashboard'

/** What one in-process CLI run printed, and its exit code. */
export interface CliRun {
  code: number
  out: string
  err: string
}

/** Runs `pulso ...args` in this process with a capturing io. */
export async function cli(...args: string[]): Promise<CliRun> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** `pulso metrics W --json ...extra`, parsed; throws with what the CLI said when it fails. */
export async function metricsJson(workspace: string, ...extra: string[]): Promise<DashboardMetrics> {
  const run = await cli('metrics', workspace, '--json', ...extra)
  if (run.code !== 0) throw new Error(`pulso metrics exited ${run.code}: ${run.err}`)
  return JSON.parse(run.out) as DashboardMetrics
}

/** `pulso import files... --workspace W ...extra`; throws with what the CLI said when it fails. */
export async function importFiles(workspace: string, files: string[], ...extra: string[]): Promise<string> {
  const run = await cli('import', ...files, '--workspace', workspace, ...extra)
  if (run.code !== 0) throw new Error(`pulso import exited ${run.code}: ${run.err}`)
  return run.out
}

/** A fresh temporary folder, and the function that removes it. */
export function temporaryDir(): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pulso-metrics-test-'))
  return { dir, file: (name) => path.join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) }
}
