import { ProblemError } from '../api'
import { token } from '../auth'
import { i18n } from '../i18n'

/**
 * Uploads a file as multipart/form-data (field {@code file}) with the caller's token and language; the service's JSON
 * answer, or a {@link ProblemError} carrying its problem document (an Excel import's per-row errors in `errors`).
 */
export async function upload(path, file, query) {
  const url = new URL(path, window.location.origin)
  Object.entries(query || {}).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value)
  })
  const form = new FormData()
  form.append('file', file)
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await token()}`,
      Accept: 'application/json, application/problem+json',
      'Accept-Language': i18n.global.locale.value === 'en' ? 'en' : 'zh-CN'
    },
    body: form
  })
  const text = await response.text()
  const json = text ? JSON.parse(text) : null
  if (!response.ok) throw new ProblemError(response.status, json)
  return json
}
