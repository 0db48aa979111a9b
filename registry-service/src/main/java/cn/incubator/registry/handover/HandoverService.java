package cn.incubator.registry.handover;

import cn.incubator.platform.handover.HandoverJob;
import cn.incubator.platform.handover.HandoverSource;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.FieldProblemException.FieldProblem;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * 数据移交: on a node that joins below another, takes over its subtree's registry records from the parent. The job
 * runs in the background; starting it again (or resuming it) continues from its checkpoints.
 */
@Service
public class HandoverService {

    private static final Logger log = LoggerFactory.getLogger(HandoverService.class);
    private static final int ATTEMPTS = 3;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final HandoverJob job;
    private final Node node;
    private final RestClient serviceClient;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "handover");
        thread.setDaemon(true);
        return thread;
    });

    HandoverService(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock, Node node,
            @Qualifier("serviceRestClient") RestClient serviceClient,
            @Value("${incubator.handover.page-size:" + HandoverJob.PAGE + "}") int pageSize) {
        this.job = new HandoverJob(jdbc, new TransactionTemplate(transactionManager), RegistryHandoverTables.TABLES,
                clock, pageSize);
        this.node = node;
        this.serviceClient = serviceClient;
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

    private void runInBackground(UUID id) {
        runner.submit(() -> {
            HandoverJob.Status status = job.status(id);
            String[] source = status.source().split("#", 2);
            HandoverSource parent = new RemoteHandoverSource(serviceClient, URI.create(source[0]),
                    Jurisdiction.of(status.jurisdiction()), source[1]);
            // A verification that failed (a write the fence does not see landed meanwhile) sent its tables back to
            // be copied: the job runs again a few times before it stops and waits to be resumed.
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    job.run(id, parent);
                    log.info("Handover {} of {} done", id, status.jurisdiction());
                    return;
                } catch (RuntimeException e) {
                    log.warn("Handover {} of {} stopped (attempt {} of {}): {}", id, status.jurisdiction(), attempt,
                            ATTEMPTS, e.toString());
                    if (!(e instanceof HandoverJob.VerificationFailed)) {
                        return;
                    }
                }
            }
        });
    }

    @PreDestroy
    void stop() {
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

    private static boolean httpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null && !text.contains("#");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
