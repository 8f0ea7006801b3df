package org.newsindex.opensearch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsindex.testing.TestOpenSearch;

/**
 * One OpenSearch node of a loopback test cluster, run as a child process from an OpenSearch install
 * (the one {@code .ci/opensearch.sh install} makes, named by {@value
 * TestOpenSearch#HOME_VARIABLE}). Its configuration, data and logs live in a folder of
 * its own. OpenSearch refuses to run as root, so
 * under root the node runs as a system user ({@value #USER_VARIABLE}, default {@value
 * #DEFAULT_USER}, created when missing), as {@code .ci/opensearch.sh} does.
 */
final class OpenSearchNode {

  static final String USER_VARIABLE = "NEWSINDEX_OPENSEARCH_USER";
  static final String DEFAULT_USER = "opensearch";

  /** What a node does in its cluster. */
  enum Role {
    /** Manages the cluster (and bootstraps it) and holds data. */
    CLUSTER_MANAGER("[cluster_manager, data, ingest]"),
    /** Only holds data: stopping it never leaves the cluster without a manager. */
    DATA("[data, ingest]");

    private final String roles;

    Role(String roles) {
      this.roles = roles;
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Path home;
  private final Path folder;
  private final String name;
  private final int httpPort;
  private Process process;
  private Thread killOnExit;

  private OpenSearchNode(Path home, Path folder, String name, int httpPort) {
    this.home = home;
    this.folder = folder;
    this.name = name;
    this.httpPort = httpPort;
  }

  /**
   * A new folder for a cluster's nodes that the node user can enter (a JUnit temporary folder is
   * private to its owner).
   */
  static Path createClusterFolder() throws IOException {
    Path folder = Files.createTempDirectory("newsindex-opensearch-");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    return folder;
  }

  /** Distinct free ports on the loopback address, picked now; a node binds them soon after. */
  static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }

  /**
   * Writes the configuration of a node of the loopback cluster {@code cluster} into {@code
   * parent/name}; {@link #start()} starts it.
   *
   * @param seeds          the transport ports of every node of the cluster, where nodes find
   *                       each other
   * @param initialManager the name of the cluster-manager node that bootstraps the cluster
   */
  static OpenSearchNode configure(
      Path home, Path parent, String cluster, String name, Role role, int httpPort,
      int transportPort, List<Integer> seeds, String initialManager)
      throws IOException, InterruptedException {
    Path folder = parent.resolve(name);
    Path conf = folder.resolve("conf");
    Files.createDirectories(folder.resolve("data"));
    Files.createDirectories(folder.resolve("logs"));
    Files.createDirectories(folder.resolve("tmp"));
    copyFolder(home.resolve("config"), conf);
    // jvm.options names these relative to the install, which the node user may not write.
    String jvmOptions =
        Files.readString(conf.resolve("jvm.options"))
            .replace("file=logs/gc.log", "file=" + folder.resolve("logs/gc.log"))
            .replace("HeapDumpPath=data", "HeapDumpPath=" + folder.resolve("data"))
            .replace("ErrorFile=logs/", "ErrorFile=" + folder.resolve("logs") + "/");
    Files.writeString(conf.resolve("jvm.options"), jvmOptions);
    // A test node lives a minute: compiling only with C1 starts two of them on two cores in
    // about half the time, and their few requests do not need C2's code.
    Files.writeString(
        conf.resolve("jvm.options.d/test.options"), "-Xms512m\n-Xmx512m\n-XX:TieredStopAtLevel=1\n");
    String seedHosts =
        seeds.stream().map(port -> "\"127.0.0.1:" + port + "\"").collect(Collectors.joining(", "));
    StringBuilder settings =
        new StringBuilder()
            .append("cluster.name: ").append(cluster).append('\n')
            .append("node.name: ").append(name).append('\n')
            .append("node.roles: ").append(role.roles).append('\n')
            .append("network.host: 127.0.0.1\n")
            .append("http.port: ").append(httpPort).append('\n')
            .append("transport.port: ").append(transportPort).append('\n')
            .append("discovery.seed_hosts: [").append(seedHosts).append("]\n")
            .append("path.data: ").append(folder.resolve("data")).append('\n')
            .append("path.logs: ").append(folder.resolve("logs")).append('\n')
            .append("cluster.routing.allocation.disk.threshold_enabled: false\n");
    if (role == Role.CLUSTER_MANAGER) {
      settings.append("cluster.initial_cluster_manager_nodes: [\"").append(initialManager).append("\"]\n");
    }
    Files.writeString(conf.resolve("opensearch.yml"), settings);
    if (asRoot()) {
      run("chown", "-R", runUser() + ":", folder.toString());
    }
    return new OpenSearchNode(home, folder, name, httpPort);
  }

  /** Where clients reach this node. */
  URI url() {
    return URI.create("http://127.0.0.1:" + httpPort);
  }

  String name() {
    return name;
  }

  /** Starts the node in the background; {@link #awaitHealth} waits for it to join. */
  void start() throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("node " + name + " already runs");
    }
    List<String> command = new ArrayList<>();
    if (asRoot()) {
      ensureRunUser();
      command.addAll(
          List.of("setpriv", "--reuid=" + runUser(), "--regid=" + runUser(), "--init-groups", "--"));
    }
    command.add(home.resolve("bin/opensearch").toString());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("stdout.log").toFile()));
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
    builder.environment().put("HOME", folder.toString());
    // The JDK running the tests is 21 or newer, which is what OpenSearch needs.
    builder.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("OPENSEARCH_PATH_CONF", folder.resolve("conf").toString());
    builder.environment().put("OPENSEARCH_TMPDIR", folder.resolve("tmp").toString());
    // bin/opensearch runs a few short Java tools, then execs the node's JVM (setpriv execs too):
    // this process ends up the JVM.
    process = builder.start();
    Process started = process;
    killOnExit = new Thread(started::destroyForcibly, "kill-opensearch-" + name);
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /**
   * Waits until the cluster, as this node sees it, has at least {@code status} ("yellow" or
   * "green") and {@code nodes} nodes.
   *
   * @throws AssertionError with the end of the node's log when it exits or the time runs out
   */
  void awaitHealth(String status, int nodes, Duration timeout) throws InterruptedException {
    URI health =
        url().resolve("/_cluster/health?wait_for_status=" + status + "&wait_for_nodes=" + nodes
            + "&timeout=2s");
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (process == null || !process.isAlive()) {
        throw new AssertionError("node " + name + " is not running\n" + logTail());
      }
      try {
        HttpResponse<String> response =
            HTTP.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        last = response.statusCode() + " " + response.body();
        if (response.statusCode() == 200 && response.body().contains("\"timed_out\":false")) {
          return;
        }
      } catch (ConnectException e) {
        last = "connection refused";
        Thread.sleep(500);
      } catch (IOException e) {
        last = e.toString();
        Thread.sleep(500);
      }
    }
    throw new AssertionError(
        "cluster not " + status + " with " + nodes + " node(s) after " + timeout + " (last answer: "
            + last + ")\n" + logTail());
  }

  /** Stops the node as a service manager would (SIGTERM), killing it if it lingers. */
  void stop() throws InterruptedException {
    if (process == null) {
      return;
    }
    // Stopped while still starting, bin/opensearch may have a tool of its own running.
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException shuttingDown) {
      // The hook runs anyway and finds the node gone.
    }
    process = null;
  }

  /** The last lines the node printed, to explain a failure. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(folder.resolve("stdout.log"));
      return "---- last lines of " + folder.resolve("stdout.log") + " ----\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Deletes a cluster folder with everything the nodes wrote in it. */
  static void deleteFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static String runUser() {
    String user = System.getenv(USER_VARIABLE);
    return user == null || user.isBlank() ? DEFAULT_USER : user;
  }

  private static void ensureRunUser() throws IOException, InterruptedException {
    if (exitCode("id", "-u", runUser()) != 0) {
      run("useradd", "-r", "-M", "-U", "-s", "/usr/sbin/nologin", runUser());
    }
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    int exit = exitCode(command);
    if (exit != 0) {
      throw new IOException(String.join(" ", command) + " failed with exit code " + exit);
    }
  }

  private static int exitCode(String... command) throws IOException, InterruptedException {
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor();
  }
}
