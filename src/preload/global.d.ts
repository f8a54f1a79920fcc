/**
 * `window.pulso` as the preload exposes it. Absent when the workbench runs in a plain
 * browser over the HTTP bridge, hence optional. The renderer references this file.
 */
import type { PulsoBridge } from '../shared/api'

declare global {
  interface Window {
    pulso?: PulsoBridge
  }
}

export {}
