import { ref } from 'vue'
import { ElMessage } from 'element-plus'

/**
 * A page's actions on the platform: {@code run(change, done)} marks the page busy, performs the change (a confirm box
 * and a call), says {@code done}, reloads the page and answers true; a refusal (problem+json) is shown and answers
 * false, a confirm box closed or cancelled is not an error.
 */
export function useAction(reload) {
  const busy = ref(false)
  async function run(change, done) {
    busy.value = true
    try {
      await change()
      ElMessage.success(done)
      await reload()
      return true
    } catch (e) {
      if (e !== 'cancel' && e !== 'close') ElMessage.error(e.message)
      return false
    } finally {
      busy.value = false
    }
  }
  return { busy, run }
}
