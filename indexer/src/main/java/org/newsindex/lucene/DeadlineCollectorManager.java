package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

/**
 * Stops a collection whose time is up by throwing {@link Exceeded}. For searches that cannot run
 * under {@link org.apache.lucene.search.IndexSearcher#setTimeout}: drill-sideways scoring must see
 * every document in one pass, which the searcher's time-limited scorer does not allow.
 */
final class DeadlineCollectorManager<C extends Collector, T>
    implements CollectorManager<Collector, T> {

  /** Thrown from collection when the deadline has passed. */
  static final class Exceeded extends RuntimeException {
    Exceeded() {
      super("search deadline passed", null, false, false);
    }
  }

  /** Look at the clock once per this many hits: often enough, and cheap. */
  private static final int CHECK_EVERY = 256;

  private final CollectorManager<C, T> delegate;
  private final QueryTimeout timeout;

  DeadlineCollectorManager(CollectorManager<C, T> delegate, QueryTimeout timeout) {
    this.delegate = delegate;
    this.timeout = timeout;
  }

  @Override
  public Collector newCollector() throws IOException {
    return new DeadlineCollector<>(delegate.newCollector(), timeout);
  }

  @Override
  public T reduce(Collection<Collector> collectors) throws IOException {
    List<C> inner = new ArrayList<>(collectors.size());
    for (Collector collector : collectors) {
      @SuppressWarnings("unchecked")
      C unwrapped = ((DeadlineCollector<C>) collector).delegate();
      inner.add(unwrapped);
    }
    return delegate.reduce(inner);
  }

  private static final class DeadlineCollector<C extends Collector> extends FilterCollector {
    private final QueryTimeout timeout;

    DeadlineCollector(C in, QueryTimeout timeout) {
      super(in);
      this.timeout = timeout;
    }

    @SuppressWarnings("unchecked")
    C delegate() {
      return (C) in;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      if (timeout.shouldExit()) {
        throw new Exceeded();
      }
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        private int collected;

        @Override
        public void collect(int doc) throws IOException {
          if (++collected % CHECK_EVERY == 0 && timeout.shouldExit()) {
            throw new Exceeded();
          }
          super.collect(doc);
        }
      };
    }
  }
}
