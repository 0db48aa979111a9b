package cn.incubator.systemtest;

/**
 * The parts of the one running platform that some system tests stop, re-route or fill, named for JUnit's
 * {@code @ResourceLock}. Most classes run one after the other; the classes that spend their time waiting (the
 * training sittings half a minute ahead, a token past its expiry and the resource servers' 60 s of clock skew) run
 * beside them ({@code @Execution(CONCURRENT)}), and these locks keep them apart from the classes that would pull the
 * ground from under them:
 * <ul>
 * <li>{@link #TRAINING}: held exclusively by every class that writes training records in the demo streets or stops
 * the training service (the street's person-times must grow by exactly a test's own attendances);</li>
 * <li>{@link #REGISTRY}: held exclusively by a class that stops the registry, shared by the classes beside it that
 * call it;</li>
 * <li>{@link #NODES}: held exclusively by a class that registers a tier node (Xingsha's traffic then goes to a node
 * with an empty database), shared by the classes beside it that read Xingsha's records.</li>
 * </ul>
 * HandoverSystemIT, which moves Xingsha's records for good, runs last and alone ({@code @Isolated}).
 */
final class SharedParts {

    static final String TRAINING = "training-service";
    static final String REGISTRY = "registry-service";
    static final String NODES = "node-directory";

    private SharedParts() {
    }
}
