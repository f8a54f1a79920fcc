/** The sample workspace: a seeded Brazilian SaaS company, as files and as a workspace. */
export { generateSampleFiles, type SampleFiles, type SampleOptions, type SampleTypo } from './generateSampleFiles'
export { createSampleWorkspace, type SampleWorkspace } from './createSampleWorkspace'
export { SAMPLE_FILE_NAMES } from './sampleFiles'
