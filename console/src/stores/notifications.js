import { defineStore } from 'pinia'
import { api } from '../api'
import { useSession } from './session'

const BASE = '/api/registry/v1/notifications'

/** The caller's unread count (the bell's badge) and latest unread notices, refreshed every 30 s and after changes. */
export const useNotifications = defineStore('notifications', {
  state: () => ({ unread: 0, latest: [], timer: null }),
  actions: {
    async refresh() {
      if (!useSession().can('registry:notification:read')) return
      const [count, page] = await Promise.all([api.get(`${BASE}/unread-count`), api.get(BASE, { unread: true, size: 5 })])
      this.unread = count.unread
      this.latest = page.items
    },
    start() {
      if (this.timer) return
      this.refresh().catch(() => {})
      this.timer = setInterval(() => this.refresh().catch(() => {}), 30000)
    },
    async markRead(id) {
      const notice = await api.post(`${BASE}/${id}/read`)
      await this.refresh()
      return notice
    },
    async markAllRead() {
      const marked = await api.post(`${BASE}/read`)
      await this.refresh()
      return marked.marked
    },
    list(query) {
      return api.get(BASE, query)
    }
  }
})
