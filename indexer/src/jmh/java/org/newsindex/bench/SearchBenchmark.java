package org.newsindex.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsindex.FacetCount;
import org.newsindex.NewsSearcher;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.QuoteSearchResult;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;
import org.newsindex.SearcherOptions;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Time for one search as the server runs it: {@link NewsSearcher#search} parses the query, ranks
 * the first page of ten, highlights their snippets and counts the speaker, source and year facets;
 * {@link NewsSearcher#searchQuotes} finds quotations. This is the latency a user waits for.
 *
 * <p>Each benchmark cycles through a few queries of its kind: plain keywords (with {@code OR} and
 * {@code -}), quoted phrases, and keywords filtered by the most quoted speaker, the commonest
 * source and year of the index, so that the numbers average over cheap and costly queries.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class SearchBenchmark {

  /** An index of the whole corpus, written once per run and shared by every thread. */
  @State(Scope.Benchmark)
  public static class Index {

    /** The folder of article files; generated articles top it up. */
    @Param(Corpus.DEFAULT_FOLDER)
    public String corpus;

    ScratchFolder folder;
    NewsSearcher searcher;

    /** Indexes the corpus into a temporary folder and opens a searcher on it. */
    @Setup(Level.Trial)
    public void build() throws IOException {
      folder = ScratchFolder.indexOf(Corpus.articles(corpus));
      // No result cache: every op measures a real search.
      searcher =
          LuceneNewsSearcher.open(folder.path(), SearcherOptions.DEFAULTS.withResultCacheSize(0));
    }

    /** Closes the searcher and deletes the index. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
      try {
        searcher.close();
      } finally {
        folder.close();
      }
    }
  }

  private static final List<String> KEYWORDS =
      List.of("government", "city market", "workers OR officials", "plan -city");
  private static final List<String> PHRASES =
      List.of("\"the first\"", "\"on Tuesday\"", "\"two years\"", "\"this year\"");

  private List<SearchRequest> keyword;
  private List<SearchRequest> phrase;
  private List<SearchRequest> filtered;
  private List<QuoteSearchRequest> quotes;
  private int next;

  /** Builds the requests, taking filter values from the facets of the index. */
  @Setup(Level.Trial)
  public void prepare(Index index) throws IOException {
    keyword = KEYWORDS.stream().map(SearchRequest::of).toList();
    phrase = PHRASES.stream().map(SearchRequest::of).toList();
    SearchResult.Facets facets = index.searcher.search(SearchRequest.of("said")).facets();
    String speaker = top(facets.speakers());
    String source = top(facets.sources());
    String year = top(facets.years());
    filtered = new ArrayList<>();
    if (speaker != null) {
      filtered.add(SearchRequest.builder("said").speakers(List.of(speaker)).build());
    }
    if (source != null) {
      filtered.add(SearchRequest.builder("city OR market").sources(List.of(source)).build());
    }
    if (year != null) {
      filtered.add(
          SearchRequest.builder("plan").years(List.of(Integer.parseInt(year))).build());
    }
    if (filtered.isEmpty()) {
      throw new IllegalStateException("the index has no facet values to filter by");
    }
    quotes = new ArrayList<>(List.of(
        QuoteSearchRequest.of("people", null), QuoteSearchRequest.of("\"we will\"", null)));
    if (speaker != null) {
      quotes.add(QuoteSearchRequest.of(null, speaker));
    }
    report(index.searcher);
  }

  /** A keyword query. */
  @Benchmark
  public SearchResult keyword(Index index) throws IOException {
    return index.searcher.search(nextOf(keyword));
  }

  /**
   * Keyword queries from 16 threads at once, as the server's connections send them: searches
   * answered per second when more ask than the searcher's gate lets run (one per core).
   */
  @Benchmark
  @Threads(16)
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public SearchResult keywordSixteenClients(Index index) throws IOException {
    return index.searcher.search(nextOf(keyword));
  }

  /** A phrase query. */
  @Benchmark
  public SearchResult phrase(Index index) throws IOException {
    return index.searcher.search(nextOf(phrase));
  }

  /** A keyword query with a speaker, source or year filter. */
  @Benchmark
  public SearchResult filtered(Index index) throws IOException {
    return index.searcher.search(nextOf(filtered));
  }

  /** A search over quotations, by words or by speaker. */
  @Benchmark
  public QuoteSearchResult quotes(Index index) throws IOException {
    return index.searcher.searchQuotes(nextOf(quotes));
  }

  private <T> T nextOf(List<T> requests) {
    next = next + 1 >= requests.size() ? 0 : next + 1;
    return requests.get(next);
  }

  private static String top(List<FacetCount> counts) {
    return counts.isEmpty() ? null : counts.getFirst().value();
  }

  /** Prints what each query finds, so a reader can tell an empty result from a fast one. */
  private void report(NewsSearcher searcher) throws IOException {
    System.out.println("index: " + searcher.articleCount() + " articles");
    for (List<SearchRequest> kind : List.of(keyword, phrase, filtered)) {
      for (SearchRequest request : kind) {
        System.out.println("  " + searcher.search(request).total() + " hits: " + describe(request));
      }
    }
    for (QuoteSearchRequest request : quotes) {
      System.out.println("  " + searcher.searchQuotes(request).total() + " quotes: " + request);
    }
  }

  private static String describe(SearchRequest request) {
    return request.query() + (request.speakers().isEmpty() ? "" : " speaker=" + request.speakers())
        + (request.sources().isEmpty() ? "" : " source=" + request.sources())
        + (request.years().isEmpty() ? "" : " year=" + request.years());
  }
}
