package cn.incubator.platform.test.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock moved forward by what a service test needs (a clock of the domain that must run out: an in-shell
 * period, a follow-up year, a notice period). A test registers it as the {@link Clock} bean, which the platform's
 * own is conditional on, moves {@link #offset} and puts it back afterwards; no test-only endpoint moves time.
 */
public final class MovableClock extends Clock {

    /** How far ahead of the system clock this one is. */
    public volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving instant read in {@code zone} (e.g. {@code LocalDate.now(clock.withZone(Asia/Shanghai))}). */
    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock moving = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moving.withZone(other);
            }

            @Override
            public Instant instant() {
                return moving.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Moves the clock so that it reads {@code at} now (and runs on from there). */
    public void moveTo(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    /** Back to the system clock. */
    public void reset() {
        offset = Duration.ZERO;
    }
}
