package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.IndexingReport;
import org.newsindex.Quote;
import org.newsindex.ingest.FolderIndexer;
import org.newsindex.parse.ArticleParser;
import org.newsindex.search.Schema;
import org.newsindex.testing.RequiresOpenSearch;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;

/** The writer against the real OpenSearch node of {@link OpenSearchTests}, one fresh index a test. */
@RequiresOpenSearch
class OpenSearchWriterTest {

  private OpenSearchTarget target;

  @BeforeEach
  void freshIndex() {
    target = OpenSearchTests.freshTarget();
  }

  @AfterEach
  void deleteIndex() throws IOException {
    if (target != null) {
      OpenSearchTests.deleteIndex(target);
    }
  }

  @Test
  void addingAnArticleAgainReplacesItAndItsQuotes() throws IOException {
    try (OpenSearchWriter writer = OpenSearchWriter.open(target)) {
      writer.add(withQuotes("a", "First version", 3));
      writer.add(withQuotes("b", "Other article", 1));
      writer.commit();
      writer.add(withQuotes("a", "Second version", 3));
      writer.commit();
    }

    assertThat(count(Schema.ARTICLE)).isEqualTo(2);
    assertThat(count(Schema.QUOTE)).isEqualTo(4);
    assertThat(source("a", "a")).containsEntry(Schema.HEADLINE, "Second version");
  }

  @Test
  void aShorterVersionRemovesTheQuotesItNoLongerHasEvenFromAnotherWriter() throws IOException {
    try (OpenSearchWriter writer = OpenSearchWriter.open(target)) {
      writer.add(withQuotes("a", "Many quotes", 4));
      writer.commit();
    }
    try (OpenSearchWriter writer = OpenSearchWriter.open(target)) {
      writer.add(withQuotes("a", "Fewer quotes", 1));
      writer.commit();
    }

    assertThat(count(Schema.ARTICLE)).isEqualTo(1);
    assertThat(count(Schema.QUOTE)).isEqualTo(1);
    assertThat(source("a#q0", "a"))
        .containsEntry(Schema.QUOTE_HEADLINE, "Fewer quotes")
        .containsEntry(Schema.QUOTE_TEXT, "Quote 0 of Fewer quotes.");
    assertThat(source("a#q1", "a")).isNull();
  }

  @Test
  void deletingAnArticleDeletesItsQuotes() throws IOException {
    try (OpenSearchWriter writer = OpenSearchWriter.open(target)) {
      writer.add(withQuotes("a", "Going", 2));
      writer.add(withQuotes("b", "Staying", 2));
      writer.commit();
    }
    try (OpenSearchWriter writer = OpenSearchWriter.open(target)) {
      writer.delete("a");
      writer.delete("never-indexed");
      writer.commit();
    }

    assertThat(count(Schema.ARTICLE)).isEqualTo(1);
    assertThat(count(Schema.QUOTE)).isEqualTo(2);
    assertThat(source("a", "a")).isNull();
  }

  @Test
  void contentHashesComeBackAsWrittenIncludingUncommittedOnes() throws IOException {
    try (OpenSearchWriter writer = OpenSearchWriter.open(target)) {
      writer.add(withQuotes("a", "Hashed", 1), "hash-a");
      writer.add(withQuotes("b", "Not hashed", 0));
      writer.commit();
      writer.add(withQuotes("c", "Not committed yet", 0), "hash-c");

      assertThat(writer.contentHashes())
          .containsExactlyInAnyOrderEntriesOf(Map.of("a", "hash-a", "b", "", "c", "hash-c"));
    }
    try (OpenSearchWriter writer = OpenSearchWriter.open(target)) {
      assertThat(writer.contentHashes()).containsOnlyKeys("a", "b", "c");
    }
  }

  @Test
  void contentHashesPageThroughMoreArticlesThanOneSearchReturns() throws IOException {
    int articles = 5_100;
    try (OpenSearchWriter writer = OpenSearchWriter.open(target)) {
      for (int n = 0; n < articles; n++) {
        writer.add(new Article(String.format("%05d", n), "Headline " + n, null, null, null,
            List.of("Body."), List.of()), "h" + n);
      }
      writer.commit();
    }
    try (OpenSearchWriter writer = OpenSearchWriter.open(target)) {
      Map<String, String> hashes = writer.contentHashes();

      assertThat(hashes).hasSize(articles).containsEntry("00000", "h0").containsEntry("05099", "h5099");
    }
  }

  @Test
  void anIndexThatIsNotANewsindexIndexIsRefusedAndLeftAlone() throws IOException {
    try (OpenSearchConnection connection = OpenSearchConnection.open(target)) {
      TypeMapping foreign = TypeMapping._DESERIALIZER.deserialize(
          connection.client()._transport().jsonpMapper().jsonProvider().createParser(
              new StringReader("{\"properties\":{\"title\":{\"type\":\"text\"}}}")),
          connection.client()._transport().jsonpMapper());
      connection.client().indices().create(c -> c.index(target.indexName()).mappings(foreign));
    }

    assertThatThrownBy(() -> OpenSearchWriter.open(target))
        .isInstanceOf(IOException.class)
        .hasMessage("OpenSearch " + target + " is not a newsindex index of this version (it has no"
            + " field " + Schema.KIND + "): use another index name, or delete that index to"
            + " rebuild it");
    try (OpenSearchConnection connection = OpenSearchConnection.open(target)) {
      var mapping = connection.client().indices().getMapping(g -> g.index(target.indexName()));
      assertThat(mapping.result().get(target.indexName()).mappings().properties())
          .containsOnlyKeys("title");
    }
  }

  @Test
  void aFolderIsIndexedThenUpdatedIncrementally(@TempDir Path input) throws IOException {
    write(input, "keep.txt", "Kept headline\n\nKept body.\n");
    write(input, "change.txt", "Old headline\n\nThe council met.\n\n"
        + "\u201cWe will stay and we will build,\u201d said Tom Reed, the mayor.\n\n"
        + "\u201cThe budget is fair,\u201d he added.\n");
    write(input, "sub/gone.txt", "Gone headline\n\nThe club spoke.\n\n"
        + "\u201cWe will miss the old ground,\u201d said Ann Lee, the chair.\n");
    IndexingReport first = index(input);
    long quotesBefore = count(Schema.QUOTE);

    write(input, "change.txt", "New headline\n\nNo quotes any more.\n");
    Files.delete(input.resolve("sub/gone.txt"));
    write(input, "new.txt", "Fresh headline\n\nFresh body.\n");
    IndexingReport second = index(input);
    IndexingReport third = index(input);

    assertThat(first.added()).isEqualTo(3);
    assertThat(quotesBefore).isEqualTo(3);
    assertThat(List.of(second.added(), second.updated(), second.unchanged(), second.removed()))
        .containsExactly(1, 1, 1, 1);
    assertThat(List.of(third.added(), third.updated(), third.unchanged(), third.removed()))
        .containsExactly(0, 0, 3, 0);
    assertThat(count(Schema.ARTICLE)).isEqualTo(3);
    assertThat(count(Schema.QUOTE)).isZero();
    assertThat(source("change", "change")).containsEntry(Schema.HEADLINE, "New headline");
    assertThat(source("sub/gone", "sub/gone")).isNull();
  }

  private IndexingReport index(Path input) throws IOException {
    try (OpenSearchWriter writer = OpenSearchWriter.open(target)) {
      return new FolderIndexer(new ArticleParser()).index(input, writer, FolderIndexer.Progress.NONE);
    }
  }

  /** An article with {@code quotes} quotes, one paragraph each. */
  private static Article withQuotes(String id, String headline, int quotes) {
    List<String> paragraphs = new ArrayList<>(List.of("Opening paragraph."));
    List<Quote> quoteList = new ArrayList<>();
    for (int n = 0; n < quotes; n++) {
      String text = "Quote " + n + " of " + headline + ".";
      paragraphs.add("\u201c" + text + "\u201d Jane Hollis said.");
      quoteList.add(new Quote(text, "Jane Hollis", n + 1));
    }
    return new Article(id, headline, null, null, null, paragraphs,
        quotes > 0 ? List.of("Jane Hollis") : List.of(), quoteList);
  }

  private long count(String kind) throws IOException {
    try (OpenSearchConnection connection = OpenSearchConnection.open(target)) {
      connection.client().indices().refresh(r -> r.index(target.indexName()));
      return connection.client().count(c -> c.index(target.indexName())
          .query(q -> q.term(t -> t.field(Schema.KIND).value(FieldValue.of(kind))))).count();
    }
  }

  /** A document's source, or null when there is none with that id. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> source(String id, String routing) throws IOException {
    try (OpenSearchConnection connection = OpenSearchConnection.open(target)) {
      var got = connection.client().get(
          g -> g.index(target.indexName()).id(id).routing(routing), Map.class);
      return got.found() ? got.source() : null;
    }
  }

  private static void write(Path input, String relative, String text) throws IOException {
    Path file = input.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
