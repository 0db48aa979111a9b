import { reactive, ref } from 'vue'
import { api } from '../api'

/**
 * A list the platform pages: the filter's values (and {@code extra()}, read at each search, such as the caller's
 * jurisdiction) with the page as query parameters (pages count from 1 in Element Plus, from 0 on the wire), the answer
 * ({@code items}, {@code total}), its error and whether it is loading. {@code find()} searches from the first page,
 * {@code reset()} clears the filter and finds. Every list screen pages this one way.
 */
export function usePagedList(path, filter, extra = () => ({})) {
  const page = reactive({ number: 1, size: 20 })
  const result = ref(null)
  const error = ref(null)
  const loading = ref(false)

  async function search() {
    loading.value = true
    try {
      result.value = await api.get(path, { ...filter, ...extra(), page: page.number - 1, size: page.size })
      error.value = null
    } catch (e) {
      error.value = e.message
    } finally {
      loading.value = false
    }
  }

  function find() {
    page.number = 1
    return search()
  }

  function reset() {
    Object.keys(filter).forEach((key) => { filter[key] = '' })
    return find()
  }

  return { page, result, error, loading, search, find, reset }
}
