import { i18n } from './i18n'

/**
 * The strings of the notices (站内信) screens, merged into the console's messages here rather than in i18n.js, so the
 * feature keeps its text beside its code. The notices' own titles and texts come from the registry in the caller's
 * language (Accept-Language).
 */
i18n.global.mergeLocaleMessage('zh-CN', {
  notifications: {
    title: '站内信', bell: '站内信', unreadOnly: '只看未读', markRead: '标为已读', markAllRead: '全部标为已读',
    viewAll: '查看全部', none: '暂无站内信', noneUnread: '没有未读站内信', read: '已读', unread: '未读', open: '前往处理',
    at: '时间', place: '辖区', marked: '已将 {n} 条标为已读'
  }
})
i18n.global.mergeLocaleMessage('en', {
  notifications: {
    title: 'Notifications', bell: 'Notifications', unreadOnly: 'Unread only', markRead: 'Mark read',
    markAllRead: 'Mark all read', viewAll: 'View all', none: 'No notifications', noneUnread: 'No unread notifications',
    read: 'Read', unread: 'Unread', open: 'Open', at: 'At', place: 'Jurisdiction', marked: '{n} marked read'
  }
})
