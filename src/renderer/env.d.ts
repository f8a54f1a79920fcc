/// <reference types="vite/client" />
import type { PulsoBridge } from '../shared/api'

declare global {
  interface Window {
    /** Exposed by the preload in the desktop app; absent in a browser on the HTTP bridge. */
    pulso?: PulsoBridge
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
