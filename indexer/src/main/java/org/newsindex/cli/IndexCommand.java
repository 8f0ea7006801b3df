package org.newsindex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.newsindex.ArticleWriter;
import org.newsindex.IndexingReport;
import org.newsindex.ingest.FolderIndexer;
import org.newsindex.lucene.NewsIndexWriter;
import org.newsindex.opensearch.OpenSearchTarget;
import org.newsindex.opensearch.OpenSearchWriter;
import org.newsindex.parse.ArticleParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Brings a newsindex index up to date with a folder of article files: the index mirrors the
 * folder, so articles whose file is gone are removed. See {@link FolderIndexer}. The index is a
 * local folder ({@link NewsIndexWriter}) or an index in an OpenSearch cluster ({@link
 * OpenSearchWriter}).
 */
@Command(
    name = "indexer",
    mixinStandardHelpOptions = true,
    subcommands = {
      SearchCommand.class,
      QuotesCommand.class,
      ShowCommand.class,
      EvalSpeakersCommand.class,
      EvalSearchCommand.class
    },
    versionProvider = BuildVersion.class,
    description = {
      "Makes the index mirror the articles under the input folder: each .txt file is one"
          + " article (id: its path without .txt), each line of a .jsonl file one article (id,"
          + " headline, body or paragraphs, optional date and source).",
      "Re-running is incremental: unchanged articles are skipped unparsed, changed ones updated,"
          + " and articles whose file is gone are REMOVED from the index.",
      "Files or lines that cannot be read or parsed are reported and skipped; an article indexed"
          + " before keeps its last good version. .txt files over "
          + FolderIndexer.MAX_ARTICLE_BYTES / 1_000_000 + " MB are skipped unread.",
      "The run commits as it goes: if it is killed, the next run completes the index.",
      "The index is a local folder (--index), or with --target opensearch an index in an"
          + " OpenSearch cluster (--url, --index-name), created on first use."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the run finished (skipped files are listed in the summary)",
      "1:the run could not start or finish (missing input, index in use, bad or unreachable"
          + " --url, I/O error)",
      "2:the command line could not be read (unknown option, malformed value)"
    })
public final class IndexCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      paramLabel = "DIR",
      defaultValue = "seeds",
      description =
          "Folder of article files (.txt, .jsonl), searched recursively (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "index-data",
      description =
          "With --target local: the index folder to create or update (default: ${DEFAULT-VALUE}).")
  Path index;

  /** Where the index is kept. */
  enum Target {
    /** A folder on this machine. */
    LOCAL,
    /** An index in an OpenSearch cluster. */
    OPENSEARCH
  }

  @Option(
      names = "--target",
      paramLabel = "KIND",
      defaultValue = "local",
      description =
          "Where the index is: local (the --index folder) or opensearch (an OpenSearch cluster:"
              + " --url, --index-name) (default: ${DEFAULT-VALUE}).")
  Target target;

  @Option(
      names = "--url",
      paramLabel = "URL[,URL...]",
      description =
          "With --target opensearch: the cluster's nodes, comma-separated"
              + " (for example http://127.0.0.1:9200).")
  String urls;

  @Option(
      names = "--index-name",
      paramLabel = "NAME",
      defaultValue = OpenSearchTarget.DEFAULT_INDEX_NAME,
      description = "With --target opensearch: the index to create or update"
          + " (default: ${DEFAULT-VALUE}).")
  String indexName;

  @Option(
      names = "--shards",
      paramLabel = "N",
      defaultValue = "1",
      description = "With --target opensearch: primary shards of a new index"
          + " (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      defaultValue = "0",
      description = "With --target opensearch: copies of each shard in a new index"
          + " (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress line while the run goes (there is none when the output is not a"
          + " terminal either); the summary is printed all the same.")
  boolean quiet;

  @Option(
      names = "--commit-every",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description =
          "Commit at least this often during a long run: a killed run loses at most this much work,"
              + " and the next run carries on from the last commit. Commits cost time; a run"
              + " always commits at its end (default: ${DEFAULT-VALUE}).")
  double commitEverySeconds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    LuceneNotices.quietVectorNotice();
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for running in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new IndexCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (e, cmd, parseResult) -> {
              cmd.getErr().println("indexer: " + oneLine(e));
              return 1;
            });
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!(commitEverySeconds > 0)) {
      throw new IllegalArgumentException(
          "--commit-every must be more than 0 seconds, was " + commitEverySeconds);
    }
    OpenSearchTarget cluster = cluster();
    FolderIndexer.requireFolder(input);
    IndexingReport report;
    try (ArticleWriter writer = openWriter(cluster);
        ProgressLine progress = progressLine(err)) {
      Duration commitEvery = Duration.ofMillis(Math.round(commitEverySeconds * 1000));
      report =
          new FolderIndexer(new ArticleParser(), commitEvery)
              .index(input, writer, progress == null ? FolderIndexer.Progress.NONE : progress);
    }
    printSummary(out, report, cluster == null ? index.toString() : cluster.toString());
    return 0;
  }

  /**
   * The live progress line, on a terminal only: piped output, a log file or {@code --quiet} get
   * none. The input's size, for the time left, is measured beside the run.
   */
  private ProgressLine progressLine(PrintWriter err) {
    if (quiet || !TerminalText.onTerminal()) {
      return null;
    }
    CompletableFuture<Long> inputBytes =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return FolderIndexer.inputBytes(input);
              } catch (IOException e) {
                return null; // no estimate: the run itself reports what it cannot read
              }
            });
    return new ProgressLine(err, System::nanoTime, inputBytes);
  }

  private ArticleWriter openWriter(OpenSearchTarget cluster) throws IOException {
    return cluster == null
        ? NewsIndexWriter.open(index)
        : OpenSearchWriter.open(cluster, shards, replicas);
  }

  /**
   * The OpenSearch index named by the options, or {@code null} for a local index. Options that do
   * not fit the target are refused rather than ignored: each is a mistake, told in one line.
   */
  private OpenSearchTarget cluster() {
    if (target == Target.LOCAL) {
      for (String option : new String[] {"--url", "--index-name", "--shards", "--replicas"}) {
        if (given(option)) {
          throw new IllegalArgumentException(option + " is only for --target opensearch");
        }
      }
      return null;
    }
    if (urls == null) {
      throw new IllegalArgumentException("--url is required with --target opensearch");
    }
    if (given("--index")) {
      throw new IllegalArgumentException(
          "--index names a local folder; with --target opensearch name the index with --index-name");
    }
    if (shards < 1) {
      throw new IllegalArgumentException("--shards must be at least 1, was " + shards);
    }
    if (replicas < 0) {
      throw new IllegalArgumentException("--replicas must not be negative, was " + replicas);
    }
    return OpenSearchTarget.parse(urls, indexName);
  }

  private boolean given(String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  private void printSummary(PrintWriter out, IndexingReport report, String where) {
    out.printf(Locale.ROOT, "Indexed %s into %s%n", input, where);
    out.printf(Locale.ROOT, "  files seen: %,d (%,d ignored: not .txt or .jsonl)%n",
        report.filesSeen(), report.filesIgnored());
    out.printf(Locale.ROOT, "  added:      %,d%n", report.added());
    out.printf(Locale.ROOT, "  updated:    %,d%n", report.updated());
    out.printf(Locale.ROOT, "  unchanged:  %,d%n", report.unchanged());
    out.printf(Locale.ROOT, "  removed:    %,d%n", report.removed());
    out.printf(Locale.ROOT, "  skipped:    %,d%n", report.skipped().size());
    for (IndexingReport.SkippedFile skipped : report.skipped()) {
      out.printf(Locale.ROOT, "    %s: %s%n", skipped.path(), skipped.reason());
    }
    out.printf(Locale.ROOT, "  warnings:   %,d%n", report.warnings().size());
    for (IndexingReport.Warning warning : report.warnings()) {
      out.printf(Locale.ROOT, "    %s: %s%n", warning.path(), warning.message());
    }
    out.printf(
        Locale.ROOT,
        "  elapsed:    %.2f s (%,.0f articles/s, %.2f MB/s)%n",
        report.elapsed().toNanos() / 1e9,
        report.articlesPerSecond(),
        report.megabytesPerSecond());
    out.flush();
  }

  private static String oneLine(Exception e) {
    if (e instanceof NoSuchFileException missing) {
      return "input folder " + missing.getFile() + " does not exist";
    }
    if (e instanceof NotDirectoryException notDir) {
      return notDir.getFile() + " is not a folder";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }
}
