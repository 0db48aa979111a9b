package cn.incubator.registry.notification;

import java.util.List;
import org.springframework.stereotype.Service;

/** Hands a notice to every channel (today only the in-app store). */
@Service
public class Notifier {

    private final List<NoticeChannel> channels;

    Notifier(List<NoticeChannel> channels) {
        this.channels = List.copyOf(channels);
    }

    /** {@code true} when some channel took the notice as new (a repeat of a cause and audience is not). */
    public boolean notify(Notice notice) {
        boolean fresh = false;
        for (NoticeChannel channel : channels) {
            fresh |= channel.deliver(notice);
        }
        return fresh;
    }
}
