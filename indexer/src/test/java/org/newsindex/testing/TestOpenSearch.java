package org.newsindex.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the tests of the OpenSearch backend find OpenSearch: a running node for most of them
 * ({@link RequiresOpenSearch}), an install to start nodes from for the cluster tests ({@link
 * RequiresOpenSearchInstall}). {@code .ci/run} provides both and names them in {@value
 * #URL_VARIABLE} and {@value #HOME_VARIABLE}.
 */
public final class TestOpenSearch {

  /** The URL of the node to test against, such as {@code http://127.0.0.1:9270}. */
  public static final String URL_VARIABLE = "NEWSINDEX_OPENSEARCH_URL";

  /** The folder OpenSearch is installed in: the one holding {@code bin/opensearch}. */
  public static final String HOME_VARIABLE = "NEWSINDEX_OPENSEARCH_HOME";

  private TestOpenSearch() {}

  /** The test node's URL; {@link RequiresOpenSearch} has checked it is set. */
  public static String url() {
    return MachineCondition.variable(URL_VARIABLE)
        .orElseThrow(() -> new IllegalStateException(URL_VARIABLE + " is not set"));
  }

  /** The install; {@link RequiresOpenSearchInstall} has checked it holds OpenSearch. */
  public static Path home() {
    return MachineCondition.variable(HOME_VARIABLE)
        .map(Path::of)
        .orElseThrow(() -> new IllegalStateException(HOME_VARIABLE + " is not set"));
  }

  /** Looks for {@value #URL_VARIABLE}. */
  static final class NodeCondition extends MachineCondition {
    @Override
    protected Optional<String> missing() {
      return variable(URL_VARIABLE).isPresent()
          ? Optional.empty()
          : Optional.of(URL_VARIABLE + " is not set: no OpenSearch node to test against");
    }
  }

  /** Looks for {@code bin/opensearch} under {@value #HOME_VARIABLE}. */
  static final class InstallCondition extends MachineCondition {
    @Override
    protected Optional<String> missing() {
      Optional<String> home = variable(HOME_VARIABLE);
      if (home.isEmpty()) {
        return Optional.of(HOME_VARIABLE + " is not set: no OpenSearch install to start nodes from");
      }
      if (!Files.isExecutable(Path.of(home.get(), "bin", "opensearch"))) {
        return Optional.of(
            HOME_VARIABLE + "=" + home.get() + " holds no bin/opensearch"
                + " (.ci/opensearch.sh install DIR makes one)");
      }
      return Optional.empty();
    }
  }
}
