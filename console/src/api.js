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

async function request(method, path, { query, body } = {}) {
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
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  const json = text ? JSON.parse(text) : null
  if (!response.ok) throw new ProblemError(response.status, json)
  return json
}

export const api = {
  get: (path, query) => request('GET', path, { query }),
  post: (path, body) => request('POST', path, { body }),
  put: (path, body) => request('PUT', path, { body })
}
