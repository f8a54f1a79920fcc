import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** A fresh random token for one run of the bridge: 256 bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

export const tokenCookie = 'pulso_token'

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

/** The token a request carries: `Authorization: Bearer`, the bridge's cookie, or `?token=`. */
export function requestToken(request: IncomingMessage, url: URL): string | undefined {
  const auth = request.headers.authorization
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length)
  return cookieValue(request.headers.cookie, tokenCookie) ?? url.searchParams.get('token') ?? undefined
}

export function hasToken(request: IncomingMessage, url: URL, token: string): boolean {
  const given = requestToken(request, url)
  return given !== undefined && sameSecret(given, token)
}

/**
 * DNS rebinding and cross-site defence: the Host header must name the loopback address
 * and port the bridge listens on, and an Origin, when the browser sends one, must be ours.
 */
export function isOwnHostAndOrigin(request: IncomingMessage, port: number): boolean {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!own.includes(request.headers.host ?? '')) return false
  const origin = request.headers.origin
  return origin === undefined || own.some((host) => origin === `http://${host}`)
}
