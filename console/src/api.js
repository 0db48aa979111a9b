import { token } from './auth'
import { i18n } from './i18n'

/** A refusal or failure of the platform: its problem document (RFC 9457), in the console's language. */
export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`)
    this.status = status
    this.problem = problem
  }
}

async function request(method, path, { query, body, headers: extra } = {}) {
  const url = new URL(path, window.location.origin)
  Object.entries(query || {}).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value)
  })
  const headers = {
    Authorization: `Bearer ${await token()}`,
    Accept: 'application/json, application/problem+json',
    'Accept-Language': i18n.global.locale.value === 'en' ? 'en' : 'zh-CN'
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  Object.assign(headers, extra)
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  const json = text ? JSON.parse(text) : null
  if (!response.ok) throw new ProblemError(response.status, json)
  return json
}

export const api = {
  get: (path, query) => request('GET', path, { query }),
  // headers: extra request headers, e.g. an Idempotency-Key.
  post: (path, body, headers) => request('POST', path, { body, headers }),
  put: (path, body) => request('PUT', path, { body }),
  delete: (path) => request('DELETE', path)
}

/**
 * Downloads a file the platform exports (an .xlsx of a list, with the list's filters) under the name the service
 * gives it; the token goes in the header, so the file is fetched, not linked.
 */
export async function download(path, query) {
  const url = new URL(path, window.location.origin)
  Object.entries(query || {}).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value)
  })
  const response = await fetch(url, {
    headers: {
      Authorization: `Bearer ${await token()}`,
      'Accept-Language': i18n.global.locale.value === 'en' ? 'en' : 'zh-CN'
    }
  })
  if (!response.ok) {
    const text = await response.text()
    throw new ProblemError(response.status, text ? JSON.parse(text) : null)
  }
  const disposition = response.headers.get('content-disposition') || ''
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)
  const name = encoded ? decodeURIComponent(encoded[1]) : path.split('/').pop() + '.xlsx'
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 10000)
  return name
}
