package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * Lucene's tiered merging, and at each commit the small segments merged into one. Every thread
 * that indexes flushes a segment of its own at a commit, so a small index, or the tail of a large
 * run, would otherwise keep one segment per thread: the same words in several term dictionaries,
 * and a search that visits each. Segments under the tiered policy's floor (16 MB) count as small;
 * merging them costs little, and the commit waits for it ({@link NewsIndexWriter}), so the commit
 * point holds the merged segment.
 */
final class CommitMergePolicy extends FilterMergePolicy {

  CommitMergePolicy() {
    super(new TieredMergePolicy());
  }

  @Override
  public MergeSpecification findFullFlushMerges(
      MergeTrigger trigger, SegmentInfos segments, MergeContext context) throws IOException {
    List<SegmentCommitInfo> small = new ArrayList<>();
    for (SegmentCommitInfo segment : segments) {
      if (!context.getMergingSegments().contains(segment)
          && size(segment, context) <= maxFullFlushMergeSize()) {
        small.add(segment);
      }
    }
    if (small.size() < 2) {
      return null;
    }
    MergeSpecification merges = new MergeSpecification();
    merges.add(new OneMerge(small));
    return merges;
  }
}
