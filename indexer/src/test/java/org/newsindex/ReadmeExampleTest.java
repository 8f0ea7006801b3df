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
import org.newsindex.lucene.NewsIndexWriter;

/** Compiles the Java example in the README and runs it against a real index. */
class ReadmeExampleTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern EXAMPLE =
      Pattern.compile("```java\\n(.*?public class SearchExample.*?)```", Pattern.DOTALL);

  @TempDir Path index;
  @TempDir Path classes;

  @Test
  void readmeExampleCompilesAndSearches() throws Exception {
    try (NewsIndexWriter writer = NewsIndexWriter.open(index)) {
      writer.add(ContractArticles.MINSK);
      writer.commit();
    }
    Path source = classes.resolve("SearchExample.java");
    Files.writeString(source, exampleFromReadme());

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null, null, null,
            "-classpath", System.getProperty("java.class.path"),
            "-d", classes.toString(),
            source.toString());
    assertThat(status).as("javac exit status").isZero();

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method search =
          loader.loadClass("SearchExample").getMethod("search", Path.class, String.class);
      SearchResult result = (SearchResult) search.invoke(null, index, "\"Minsk agreements\"");

      assertThat(result.total()).isEqualTo(1);
      assertThat(result.hits().get(0).id()).isEqualTo(ContractArticles.MINSK.id());
      assertThat(result.hits().get(0).snippets().get(0)).contains("<mark>Minsk agreements</mark>");
    }
  }

  private static String exampleFromReadme() throws IOException {
    Matcher matcher = EXAMPLE.matcher(Files.readString(README));
    assertThat(matcher.find()).as("README has a ```java block with class SearchExample").isTrue();
    return matcher.group(1);
  }
}
