import { i18n } from './i18n'

const ZONE = 'Asia/Shanghai'

function locale() {
  return i18n.global.locale.value === 'en' ? 'en-GB' : 'zh-CN'
}

/** A time of the platform, shown in China's time zone whatever the browser's. */
export function dateTime(value) {
  if (!value) return ''
  return new Intl.DateTimeFormat(locale(), {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false
  }).format(new Date(value))
}

export function date(value) {
  if (!value) return ''
  // A plain date (2026-12-09) is a date in China already; a time is converted.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  return new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE }).format(new Date(value))
}

/** Money in yuan, two decimals: ¥1,036,800.00. */
export function money(value) {
  if (value === null || value === undefined || value === '') return ''
  return '¥' + Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

/** Today in China, as yyyy-mm-dd. */
export function today() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE }).format(new Date())
}
