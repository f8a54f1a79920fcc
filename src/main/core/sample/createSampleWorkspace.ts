import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ImportedSheet } from '../../../shared/model/imports'
import { importSpreadsheet } from '../import/importSpreadsheet'
import { Workspace } from '../workspace/workspace'
import { generateSampleFiles, type SampleFiles, type SampleOptions } from './generateSampleFiles'

/** The sample workspace written, with the files it came from and what each import found. */
export interface SampleWorkspace {
  path: string
  files: SampleFiles
  imported: ImportedSheet[]
}

/**
 * Writes the sample workspace to `targetPath` (replacing a file there): generates the
 * sample company's spreadsheets, imports each one as a user would, and saves atomically.
 * A file with no data rows (a tiny sample may have no cancellations) is not imported.
 * The spreadsheets go to a temporary folder removed afterwards, or stay in `filesDir`
 * when given, so the user can open them.
 */
export async function createSampleWorkspace(targetPath: string, options: SampleOptions & { filesDir?: string } = {}): Promise<SampleWorkspace> {
  const { filesDir, ...sampleOptions } = options
  const dir = filesDir ? path.resolve(filesDir) : mkdtempSync(path.join(os.tmpdir(), 'pulso-sample-'))
  try {
    const files = await generateSampleFiles(dir, sampleOptions)
    const workspace = await Workspace.create()
    try {
      const imported: ImportedSheet[] = []
      for (const file of files.files) {
        if (files.rows[path.basename(file)] > 0) imported.push(...(await importSpreadsheet(workspace, file)))
      }
      return { path: workspace.save(targetPath), files, imported }
    } finally {
      workspace.close()
    }
  } finally {
    if (!filesDir) rmSync(dir, { recursive: true, force: true })
  }
}
