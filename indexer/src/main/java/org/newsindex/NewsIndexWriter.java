package org.newsindex;

import java.io.IOException;
import java.nio.file.Path;

/** STUB (being written): adds, replaces and deletes articles in an index folder. */
public final class NewsIndexWriter implements AutoCloseable {

  /** Opens (or creates) the index in a folder for writing. */
  public static NewsIndexWriter open(Path indexDir) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  /** Adds the article, replacing any article with the same id. */
  public void add(Article article) throws IOException {}

  /** Makes every change so far durable and visible to searchers opened after it. */
  public void commit() throws IOException {}

  @Override
  public void close() throws IOException {}
}
