package cn.incubator.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops and starts single parts of a running platform on request, for fault drills
 * ({@code benchmarks/faults/run.sh}): a script creates an empty file {@code .run/control/<action>-<part>}, with
 * action {@code stop}, {@code start} or {@code restart} and part {@code postgres}, {@code keycloak}, a service name,
 * {@code gateway}, or a tier node's service process ({@code stop-incubation-service-node-430121001}). The launcher removes the request, does it (a start returns once the part answers its health
 * check) and then writes {@code <request>.done}, or {@code <request>.failed} with the reason. Requests run one at a
 * time, in name order. Process ids are in {@code .run/pids/<part>.pid}, so a script can also kill a part itself
 * (SIGKILL, as a crash would) and then ask for {@code start-<part>}. Parts started again this way are still the
 * launcher's children: Ctrl-C stops them with the rest.
 */
final class Control {

    private static final Pattern REQUEST = Pattern.compile("(stop|start|restart)-([a-z][a-z0-9-]*)");

    private final Platform platform;
    private final Path directory;
    private final PrintStream out;

    private Control(Platform platform, Path directory, PrintStream out) {
        this.platform = platform;
        this.directory = directory;
        this.out = out;
    }

    /** Watches {@code directory} in a daemon thread until the JVM exits. */
    static void watch(Platform platform, Path directory, PrintStream out) {
        try {
            Files.createDirectories(directory);
            // Requests left from an earlier run are not for this one.
            try (DirectoryStream<Path> old = Files.newDirectoryStream(directory)) {
                for (Path file : old) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread thread = new Thread(new Control(platform, directory, out)::loop, "launcher-control");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (true) {
            try {
                Thread.sleep(250);
                try (DirectoryStream<Path> requests = Files.newDirectoryStream(directory)) {
                    for (Path request : requests) {
                        Matcher matcher = REQUEST.matcher(request.getFileName().toString());
                        if (matcher.matches() && Files.deleteIfExists(request)) {
                            handle(request, matcher.group(1), matcher.group(2));
                        }
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                out.println("launcher control: " + e.getMessage());
            }
        }
    }

    private void handle(Path request, String action, String part) throws IOException {
        out.println("launcher control: " + action + " " + part);
        String result;
        try {
            if (!platform.partNames().contains(part)) {
                throw new IllegalArgumentException("no such part: " + part + " (one of " + platform.partNames() + ")");
            }
            if (!"start".equals(action)) {
                platform.stopPart(part);
            }
            if (!"stop".equals(action)) {
                platform.startPart(part);
            }
            result = ".done";
        } catch (RuntimeException e) {
            out.println("launcher control: " + action + " " + part + " failed: " + e.getMessage());
            Files.writeString(request.resolveSibling(request.getFileName() + ".failed"), e.getMessage() + "\n");
            return;
        }
        Files.writeString(request.resolveSibling(request.getFileName() + result), "ok\n");
    }
}
