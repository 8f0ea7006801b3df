package org.newsindex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsindex.InvalidQueryException;
import org.newsindex.NewsSearcher;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;
import org.newsindex.eval.JudgedQuery;
import org.newsindex.eval.Judgments;
import org.newsindex.eval.Misspelling;
import org.newsindex.eval.RankedRun;
import org.newsindex.eval.RankingScores;
import org.newsindex.lucene.LuceneNewsSearcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures ranking against a relevance test set, so that a change to analysis or scoring is
 * decided on numbers: runs each judged query against an index (or reads another engine's answers
 * from a results file) and prints nDCG, precision and recall; optionally, how often "did you mean"
 * proposes what the writer of a misspelt query meant.
 */
@Command(
    name = "eval-search",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = {
      "Scores search results against judged queries: nDCG@10 with the grades (0, 1, 2) as gains,"
          + " P@10 (relevant: grade 1 or 2), recall of the judged relevant articles within the"
          + " first --depth results, and the share of the first 10 that was judged at all"
          + " (unjudged articles count as not relevant). Queries with no article judged relevant"
          + " are left out, as trec_eval does. The index is searched with copies of a story listed"
          + " one by one (collapse=false), as the judgments and the peers' answers are per article.",
      "Searches the index, or with --results scores another engine's answers read from a results"
          + " file of the shared search benchmark (one line per query: q, hits, top ids)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the queries were scored",
      "1:a file or the index is missing or unreadable, or a query was refused"
    })
public final class EvalSearchCommand implements Callable<Integer> {

  @Option(names = "--judgments", paramLabel = "FILE", required = true,
      description = "Judged queries, one JSON object per line (id, query, need, grades).")
  Path judgments;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index-data",
      description = "The index to search (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--results", paramLabel = "FILE",
      description = "Score these answers instead of searching: a benchmark results file.")
  Path results;

  @Option(names = "--depth", paramLabel = "N", defaultValue = "10",
      description = "How many results of each query count for recall, 10 to 100 (default:"
          + " ${DEFAULT-VALUE}, the depth of the benchmark's results files).")
  int depth;

  @Option(names = "--save-results", paramLabel = "FILE",
      description = "Also write the index's answers as a results file (for pooling).")
  Path saveResults;

  @Option(names = "--misspelt", paramLabel = "FILE",
      description = "Misspelt queries with the query meant (id, query, intended): report how"
          + " often the index's \"did you mean\" proposes the intended query; a line whose"
          + " intended query is the query itself is spelt right, and a suggestion for it is a"
          + " false alarm.")
  Path misspelt;

  @Option(names = "--per-query", description = "Print each query's scores too.")
  boolean perQuery;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Scores the queries and prints the report; returns the exit status. */
  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (depth < RankingScores.CUTOFF || depth > 100) {
      err.println("eval-search: --depth must be " + RankingScores.CUTOFF + " to 100, was " + depth);
      return 1;
    }
    for (Path file : new Path[] {judgments, results, misspelt}) {
      if (file != null && !Files.isRegularFile(file)) {
        err.println("eval-search: " + file + " does not exist");
        return 1;
      }
    }
    List<JudgedQuery> queries = Judgments.read(judgments);
    RankedRun run;
    if (results != null) {
      run = RankedRun.read(results);
      out.printf(Locale.ROOT, "Answers: %s%n", results);
    } else {
      if (!Files.isDirectory(index)) {
        err.println("eval-search: index folder " + index + " does not exist");
        return 1;
      }
      try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
        run = search(searcher, queries);
        if (misspelt != null) {
          printSpelling(out, searcher, Misspelling.read(misspelt));
        }
      } catch (InvalidQueryException e) {
        err.println("eval-search: " + e.getMessage());
        return 1;
      }
      out.printf(Locale.ROOT, "Answers: the index %s%n", index);
    }
    printScores(out, queries, run);
    out.flush();
    return 0;
  }

  /**
   * Runs every query, and saves the answers when asked to; reports the queries that "did you mean"
   * would respell, which are false alarms when the judged queries are spelt right.
   */
  private RankedRun search(NewsSearcher searcher, List<JudgedQuery> queries) throws IOException {
    Map<String, List<String>> ranked = new LinkedHashMap<>();
    List<String> respelt = new ArrayList<>();
    try (Writer saved = saveResults == null ? Writer.nullWriter()
        : Files.newBufferedWriter(saveResults, StandardCharsets.UTF_8)) {
      for (JudgedQuery query : queries) {
        // Articles, as they were judged and as the peers' results list them: with copies
        // collapsed, a relevant copy behind its story's best hit would count as missed.
        SearchRequest request =
            SearchRequest.builder(query.query()).size(depth).collapse(false).build();
        SearchResult result = searcher.search(request);
        List<String> ids = result.hits().stream().map(SearchResult.Hit::id).toList();
        ranked.put(query.query(), ids);
        RankedRun.write(saved, query.query(), result.total(), ids);
        if (result.didYouMean() != null) {
          respelt.add(query.id() + " to \"" + result.didYouMean().query() + "\"");
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Did you mean, on the judged queries: %d respelt%s%n", respelt.size(),
        respelt.isEmpty() ? "" : " (" + String.join(", ", respelt) + ")");
    return new RankedRun(ranked);
  }

  private void printScores(PrintWriter out, List<JudgedQuery> queries, RankedRun run) {
    List<RankingScores> scores = new ArrayList<>(queries.size());
    if (perQuery) {
      out.printf(Locale.ROOT, "%-14s %7s %6s %6s %7s  %s%n",
          "query", "nDCG@10", "P@10", "R@" + depth, "judged", "text");
    }
    List<String> unanswerable = new ArrayList<>();
    for (JudgedQuery query : queries) {
      if (query.relevantCount() == 0) {
        unanswerable.add(query.id());
        continue;
      }
      List<String> answer = run.answer(query.query());
      RankingScores score = RankingScores.of(query, answer.subList(0, Math.min(depth, answer.size())));
      scores.add(score);
      if (perQuery) {
        out.printf(Locale.ROOT, "%-14s %7.3f %6.2f %6.2f %7.2f  %s%n", query.id(), score.ndcg(),
            score.precision(), score.recall(), score.judged(), query.query());
      }
    }
    RankingScores mean = RankingScores.mean(scores);
    out.printf(Locale.ROOT, "Queries: %d judged (%s)%s%n", scores.size(), judgments,
        unanswerable.isEmpty() ? ""
            : "; left out, no relevant article judged: " + String.join(", ", unanswerable));
    out.printf(Locale.ROOT, "nDCG@10 %.3f   P@10 %.3f   R@%d %.3f   judged@10 %.3f%n",
        mean.ndcg(), mean.precision(), depth, mean.recall(), mean.judged());
  }

  private static void printSpelling(PrintWriter out, NewsSearcher searcher, List<Misspelling> typos)
      throws IOException {
    int misspelt = 0;
    int suggested = 0;
    int right = 0;
    int spelledRight = 0;
    int falseAlarms = 0;
    for (Misspelling typo : typos) {
      SearchResult.Suggestion suggestion = searcher.search(SearchRequest.of(typo.query())).didYouMean();
      boolean meant = typo.isIntended(typo.query());
      misspelt += meant ? 0 : 1;
      spelledRight += meant ? 1 : 0;
      String verdict = "no suggestion";
      if (suggestion != null) {
        boolean intended = typo.isIntended(suggestion.query());
        suggested += meant ? 0 : 1;
        right += intended ? 1 : 0;
        falseAlarms += meant ? 1 : 0;
        verdict = (intended ? "right: " : "wrong: ") + suggestion.query();
      }
      out.printf(Locale.ROOT, "  %-10s %-28s %s%n", typo.id(), typo.query(), verdict);
    }
    if (misspelt > 0) {
      out.printf(Locale.ROOT, "Did you mean: %d of %d misspelt queries got a suggestion, %d the"
          + " intended one%n", suggested, misspelt, right);
    }
    if (spelledRight > 0) {
      out.printf(Locale.ROOT, "Did you mean: %d of %d queries spelt as meant got a suggestion"
          + " (each a false alarm)%n", falseAlarms, spelledRight);
    }
  }
}
