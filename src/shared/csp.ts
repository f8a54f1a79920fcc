/**
 * The Content Security Policy of the workbench, the same in Electron and in the browser
 * bridge: only our own scripts (plus WebAssembly compilation for sql.js), no eval, no
 * inline scripts, no remote content, no plugins, no framing.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
