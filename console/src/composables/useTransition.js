import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { api } from '../api'

/**
 * "Confirm and post a transition" of a case board: asks the user to confirm the action on the organization (with an
 * optional note), posts `{ action, note? }` to the case's transitions endpoint, says it is done and reloads the board;
 * a refusal of the service (problem+json) is shown, a cancelled confirmation is not an error.
 */
export function useTransition(reload) {
  const { t } = useI18n()
  return async function perform({ path, organization, action, actionName, withNote = false }) {
    const message = t('work.confirmAction', { org: organization, action: actionName })
    const options = { confirmButtonText: t('common.submit'), cancelButtonText: t('common.cancel') }
    try {
      let body = { action }
      if (withNote) {
        const { value: note } = await ElMessageBox.prompt(message, actionName, { ...options, inputPlaceholder: t('work.note') })
        body = { action, note: note || null }
      } else {
        await ElMessageBox.confirm(message, actionName, options)
      }
      await api.post(path, body)
      ElMessage.success(t('work.done', { action: actionName }))
      reload()
    } catch (e) {
      if (e !== 'cancel' && e !== 'close') ElMessage.error(e.message)
    }
  }
}
