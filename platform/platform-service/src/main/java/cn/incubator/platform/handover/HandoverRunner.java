package cn.incubator.platform.handover;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.FieldProblemException.FieldProblem;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 数据移交: on a node that joins below another, takes over its subtree's records of this service from the same
 * service on the parent. The job runs in the background; starting it again (or resuming it) continues from its
 * checkpoints. A job that reached RETIRE while the directory does not list the node active yet (another service it
 * runs has not switched) asks again every {@code retryEvery} until it is, or until the process stops (then resume it).
 */
public class HandoverRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HandoverRunner.class);
    private static final int ATTEMPTS = 3;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final HandoverJob job;
    private final Node node;
    private final Function<HandoverJob.Status, HandoverSource> sources;
    private final Duration retryEvery;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "handover");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param sources    the parent of a job as stored (its {@code source} is {@code <parent URL>#<node>})
     * @param retryEvery how long a job waiting for the node's activation waits before it asks the parent again
     */
    public HandoverRunner(HandoverJob job, Node node, Function<HandoverJob.Status, HandoverSource> sources,
            Duration retryEvery) {
        this.job = job;
        this.node = node;
        this.sources = sources;
        this.retryEvery = retryEvery;
    }

    /** The parent of a stored job over its internal API. */
    public static Function<HandoverJob.Status, HandoverSource> remote(org.springframework.web.client.RestClient client) {
        return status -> {
            String[] source = status.source().split("#", 2);
            return new RemoteHandoverSource(client, URI.create(source[0]), Jurisdiction.of(status.jurisdiction()),
                    source[1]);
        };
    }

    /** Records the job (or finds the open one for the subtree) and runs it in the background. */
    public HandoverJob.Status start(CurrentUser user, StartHandover request) {
        Jurisdiction subtree = validate(user, request);
        UUID id = job.create(subtree, request.parent() + "#" + request.node(), user.username());
        runInBackground(id);
        return job.status(id);
    }

    public HandoverJob.Status status(UUID id) {
        return job.status(id);
    }

    /** Runs a job that stopped (failed, or its process died) again from where it stands. */
    public HandoverJob.Status resume(UUID id) {
        HandoverJob.Status status = job.status(id);
        runInBackground(id);
        return status;
    }

    /**
     * After a restart, the jobs that were waiting at RETIRE for the node's activation go on waiting (they need no one
     * to resume them: nothing failed); a job stopped by a failure waits to be resumed.
     */
    public void resumeWaitingJobs() {
        job.open(HandoverStep.RETIRE).forEach(this::runInBackground);
    }

    private void runInBackground(UUID id) {
        runner.submit(() -> runToTheEnd(id));
    }

    /**
     * Runs the job until it is done, it fails for a reason running it again at once would not cure, or the process
     * stops. A verification that failed (a write the fence does not see landed meanwhile) sent its tables back to be
     * copied: the job runs again a few times before it stops and waits to be resumed. A job waiting for the node's
     * activation asks again after a while, as long as it takes.
     */
    void runToTheEnd(UUID id) {
        HandoverJob.Status status = job.status(id);
        HandoverSource parent = sources.apply(status);
        int attempt = 1;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                job.run(id, parent);
                log.info("Handover {} of {} done", id, status.jurisdiction());
                return;
            } catch (HandoverJob.WaitingForNode waiting) {
                log.info("Handover {} of {}: {}", id, status.jurisdiction(), waiting.getMessage());
                try {
                    Thread.sleep(retryEvery.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (RuntimeException e) {
                log.warn("Handover {} of {} stopped (attempt {} of {}): {}", id, status.jurisdiction(), attempt,
                        ATTEMPTS, e.toString());
                if (!(e instanceof HandoverJob.VerificationFailed) || ++attempt > ATTEMPTS) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }

    private Jurisdiction validate(CurrentUser user, StartHandover request) {
        List<FieldProblem> problems = new ArrayList<>();
        Jurisdiction subtree = null;
        if (!Jurisdiction.isValid(request.jurisdiction())) {
            problems.add(new FieldProblem("jurisdiction", "Handover.jurisdiction.unknown"));
        } else {
            subtree = Jurisdiction.of(request.jurisdiction());
            Jurisdiction place = subtree;
            if (!node.serves(place)) {
                problems.add(new FieldProblem("jurisdiction", "Handover.jurisdiction.notServed", node.codes()));
            } else if (user.jurisdictions().stream().noneMatch(granted -> granted.contains(place))) {
                problems.add(new FieldProblem("jurisdiction", "Handover.jurisdiction.outside"));
            }
        }
        if (request.node() == null || !NAME.matcher(request.node()).matches()) {
            problems.add(new FieldProblem("node", "Handover.node.malformed"));
        }
        if (request.parent() == null || !httpUrl(request.parent())) {
            problems.add(new FieldProblem("parent", "Handover.parent.http"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems);
        }
        return subtree;
    }

    static boolean httpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null && !text.contains("#");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
