package cn.incubator.registry.notification;

import org.springframework.stereotype.Component;

/** The in-app store (站内信): notices kept in the registry's database, read in the console. */
@Component
class InAppNotices implements NoticeChannel {

    private final NotificationRepository notifications;

    InAppNotices(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public boolean deliver(Notice notice) {
        return notifications.insertIfAbsent(notice);
    }
}
