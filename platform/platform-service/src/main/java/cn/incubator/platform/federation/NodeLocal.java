package cn.incubator.platform.federation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A paged list without a record id in its path that this node answers alone, not federated to the street nodes
 * ({@link NodeFederation}), with the reason: the caller's own items (my notices), reference data every node holds
 * alike, or a list the gateway routes to the one node that holds its rows. Every other such list federates; a rule
 * test of each service ({@code FederatedLists}) holds them to it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NodeLocal {

    /** Why the list is answered by this node alone. */
    String value();
}
