package cn.incubator.platform.sql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read: its statements run on one connection, in the caller's transaction if there is one, and otherwise without
 * a transaction of their own. Under PostgreSQL's READ COMMITTED a read-only transaction gives its statements no
 * common snapshot (each statement sees what was committed when it started, in a transaction or not), so it bought
 * nothing but a {@code COMMIT}: a round trip of each read's two to six (docs/decisions.md, "Where a service's time
 * goes"). A read that needs one snapshot across statements says so with its own isolation level.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public @interface ReadOnly {
}
