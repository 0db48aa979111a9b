package cn.incubator.registry.notification;

/**
 * A way notices reach people: the delivery port. The in-app store ({@link InAppNotices}, read through the
 * notifications API and the console's bell) is the first; a webhook or e-mail channel is another implementation of
 * this interface, found by {@link Notifier} as a bean. A channel must be idempotent by the notice's cause and
 * audience, since an event may be delivered again.
 */
public interface NoticeChannel {

    /** Delivers the notice, in the caller's transaction; {@code true} when it was new to this channel. */
    boolean deliver(Notice notice);
}
