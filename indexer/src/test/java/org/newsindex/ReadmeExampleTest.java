package org.newsindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;

/** Compiles the Java examples of the READMEs and runs them against a real index. */
class ReadmeExampleTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path INDEXER_README = Path.of("README.md");

  @TempDir Path index;
  @TempDir Path classes;

  @Test
  void readmeExampleCompilesAndSearches() throws Exception {
    try (NewsIndexWriter writer = NewsIndexWriter.open(index)) {
      writer.add(ContractArticles.MINSK);
      writer.commit();
    }
    try (URLClassLoader loader = compiled(README, "SearchExample")) {
      Method search =
          loader.loadClass("SearchExample").getMethod("search", Path.class, String.class);
      SearchResult result = (SearchResult) search.invoke(null, index, "\"Minsk agreements\"");

      assertThat(result.total()).isEqualTo(1);
      assertThat(result.hits().get(0).id()).isEqualTo(ContractArticles.MINSK.id());
      assertThat(result.hits().get(0).snippets().get(0)).contains("<mark>Minsk agreements</mark>");
    }
  }

  @Test
  void indexerReadmeExampleCompilesAndIndexesAFolder(@TempDir Path articles) throws Exception {
    Files.writeString(articles.resolve("one.txt"), "Polls open\n\nVoters queued before the election.");
    Files.writeString(articles.resolve("two.bin"), "not an article");
    Path newIndex = index.resolve("made-by-the-example");
    try (URLClassLoader loader = compiled(INDEXER_README, "IndexExample")) {
      Method indexFolder =
          loader.loadClass("IndexExample").getMethod("index", Path.class, Path.class);
      IndexingReport report = (IndexingReport) indexFolder.invoke(null, articles, newIndex);

      assertThat(report.added()).isEqualTo(1);
      assertThat(report.filesIgnored()).isEqualTo(1);
      try (NewsSearcher searcher = LuceneNewsSearcher.open(newIndex)) {
        assertThat(searcher.search(SearchRequest.of("election")).total()).isEqualTo(1);
      }
    }
  }

  /** A class loader holding the README's {@code ```java} block of this class, compiled. */
  private URLClassLoader compiled(Path readme, String className) throws IOException {
    Path source = classes.resolve(className + ".java");
    Files.writeString(source, example(readme, className));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null, null, null,
            "-classpath", System.getProperty("java.class.path"),
            "-d", classes.toString(),
            source.toString());
    assertThat(status).as("javac exit status").isZero();
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
  }

  private static String example(Path readme, String className) throws IOException {
    Matcher matcher =
        Pattern.compile("```java\\n(.*?public class " + className + "\\b.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(readme));
    assertThat(matcher.find())
        .as("%s has a ```java block with class %s", readme, className)
        .isTrue();
    return matcher.group(1);
  }
}
