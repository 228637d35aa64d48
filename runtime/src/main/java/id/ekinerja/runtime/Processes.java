package id.ekinerja.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** Process and HTTP helpers shared by the servers. */
final class Processes {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Processes() {
    }

    /**
     * Stops a process and all its descendants: SIGTERM to every one of them (descendants first, so that a
     * wrapper script forwards nothing twice), waits up to {@code timeout} for all to exit, then SIGKILL to
     * the survivors. Returns once every process of the tree has exited.
     */
    static void stopTree(ProcessHandle root, Duration timeout) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().collect(Collectors.toList()));
        tree.add(root);
        for (ProcessHandle p : tree) {
            p.destroy();
        }
        if (!awaitExit(tree, timeout)) {
            // descendants may have appeared meanwhile (e.g. a re-launched JVM)
            List<ProcessHandle> survivors = new ArrayList<>(root.descendants().collect(Collectors.toList()));
            survivors.addAll(tree);
            for (ProcessHandle p : survivors) {
                p.destroyForcibly();
            }
            awaitExit(survivors, Duration.ofSeconds(15));
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle p : processes) {
            long left = deadline - System.nanoTime();
            try {
                p.onExit().get(Math.max(left, 1), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                // onExit never completes exceptionally; treat as exited
            }
        }
        return processes.stream().noneMatch(ProcessHandle::isAlive);
    }

    /**
     * Fails with a clear message when something already listens on 127.0.0.1:{@code port} (typically a platform
     * that is still running), before anything is started or deleted.
     */
    static void requireFreePort(int port, String what, String property) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " (" + what + ") is in use: is e-Kinerja already running?"
                    + " Stop it, or choose another port with -D" + property + "=...", e);
        }
    }

    /** True when no process of these ids is alive any more. */
    static boolean allGone(List<Long> pids) {
        return pids.stream().map(ProcessHandle::of).allMatch(h -> h.isEmpty() || !h.get().isAlive());
    }

    /** HTTP status of a GET, or -1 when nothing answers. */
    static int httpStatus(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The last {@code lines} lines of a text file, or a note when it does not exist. */
    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no " + file + ")";
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            try {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                String[] all = text.split("\\R");
                StringBuilder sb = new StringBuilder();
                for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
                    sb.append(all[i]).append(System.lineSeparator());
                }
                return sb.toString();
            } catch (IOException e2) {
                return "(cannot read " + file + ": " + e2 + ")";
            }
        }
    }

    /** Deletes a directory tree if it exists. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            List<Path> all = paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).collect(Collectors.toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** Waits for a future, rethrowing its failure unwrapped. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The PID of a process and those of all its descendants, as they are now. */
    static List<Long> treePids(Process process) {
        List<Long> pids = new ArrayList<>();
        pids.add(process.pid());
        process.descendants().forEach(p -> pids.add(p.pid()));
        return pids;
    }
}
