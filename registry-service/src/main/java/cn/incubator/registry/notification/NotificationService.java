package cn.incubator.registry.notification;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reader's notices (站内信): the list, the unread count for the console's badge, and read state, which is per
 * person: one reader marking a notice addressed to a role read leaves it unread for the others.
 */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final DataScopes scopes;
    private final MessageSource messages;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, DataScopes scopes, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.scopes = scopes;
        this.messages = messages;
        this.clock = clock;
    }

    /** The caller's notices, newest first; only the unread ones when {@code unreadOnly}. */
    @ReadOnly
    public Page<NotificationView> mine(CurrentUser user, boolean unreadOnly, PageRequest page) {
        Page<NotificationRepository.Stored> stored = notifications.mine(reader(user), unreadOnly, page);
        Locale locale = LocaleContextHolder.getLocale();
        return Page.of(stored.items().stream().map(s -> view(s, locale)).toList(), page, stored.total());
    }

    @ReadOnly
    public UnreadCount unread(CurrentUser user) {
        return new UnreadCount(notifications.unread(reader(user)));
    }

    /** Marks one of the caller's notices read (again: no change); a notice not addressed to the caller is 404. */
    @Transactional
    public NotificationView markRead(CurrentUser user, UUID id) {
        NotificationRepository.Reader reader = reader(user);
        notifications.one(reader, id).orElseThrow(() -> new NotFoundException("notification", id));
        notifications.markRead(reader, id, Instant.now(clock));
        return view(notifications.one(reader, id).orElseThrow(), LocaleContextHolder.getLocale());
    }

    /** Marks every notice of the caller read; how many were unread. */
    @Transactional
    public Marked markAllRead(CurrentUser user) {
        return new Marked(notifications.markRead(reader(user), null, Instant.now(clock)));
    }

    private NotificationRepository.Reader reader(CurrentUser user) {
        DataScope scope = scopes.of(user);
        return new NotificationRepository.Reader(user.username(), List.copyOf(user.roles()), user.orgId(),
                scope.isEmpty() ? List.of() : scope.subtrees());
    }

    private NotificationView view(NotificationRepository.Stored s, Locale locale) {
        // An argument that is a code (a report's kind) is a word of the reader's language when the bundle names it
        // (Notice.arg.<name>.<code>); any other argument is shown as it is.
        Object[] args = s.kind().args().stream().map(name -> {
            String value = s.args().getOrDefault(name, "");
            return messages.getMessage("Notice.arg." + name + "." + value, null, value, locale);
        }).toArray();
        return new NotificationView(s.id(), s.kind(),
                messages.getMessage("Notice." + s.kind().name() + ".title", args, locale),
                messages.getMessage("Notice." + s.kind().name() + ".text", args, locale),
                s.jurisdiction(), s.link(), s.createdAt(), s.readAt() != null, s.readAt());
    }

    /**
     * A notice as its reader sees it, its title and text in the reader's language.
     *
     * @param jurisdiction the place the notice is about
     * @param link         the console's path to open from the notice, or {@code null}
     * @param readAt       when the reader read it; {@code null} while unread
     */
    public record NotificationView(UUID id, NoticeKind kind, String title, String text, Jurisdiction jurisdiction,
            String link, Instant createdAt, boolean read, Instant readAt) {

        /** The list's order ({@code n.created_at DESC, n.id}), for merging the rows of several nodes. */
        static final ListOrder<NotificationView> ORDER = ListOrder.identifiedBy(NotificationView::id)
                .newestFirst(NotificationView::createdAt).thenId();
    }

    /** The number of the caller's unread notices (the console's badge). */
    public record UnreadCount(long unread) {
    }

    /** How many notices a "mark all read" marked. */
    public record Marked(int marked) {
    }
}
