/**
 * Dates and sizes written the way the chosen language writes them, with `Intl`. The core
 * sends dates as ISO days (`2024-03-01`) or months (`2024-03`); both are calendar values,
 * so they are formatted in UTC and never shift by the machine's time zone.
 */

/** An ISO day or month from the core, in the locale's words: "01/03/2024", "mar. de 2024". */
export function formatCalendarValue(value: string, locale: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (day) return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(+day[1], +day[2] - 1, +day[3]))
  const month = /^(\d{4})-(\d{2})$/.exec(value)
  if (month) return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(+month[1], +month[2] - 1, 1))
  return value
}

/** A moment (an ISO timestamp) as a short local date and time. */
export function formatMoment(iso: string, locale: string): string {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(time)
}

/** A file size: "512 B", "1,5 KB", "12.3 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)
  if (bytes < 1024) return `${number(bytes)} B`
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`
  return `${number(bytes / 1024 / 1024)} MB`
}
