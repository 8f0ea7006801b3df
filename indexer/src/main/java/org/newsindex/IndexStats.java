package org.newsindex;

import java.time.Instant;

/**
 * What a searcher holds and how it has served, for monitoring.
 *
 * @param articles          articles in the index
 * @param quotes            quotes in the index
 * @param sizeBytes         the size of the index on disk (in OpenSearch: its primary shards')
 * @param lastChange        when the searcher last began to serve a new version of the index (or
 *                          opened it); {@code null} when it cannot tell
 * @param resultCacheHits   searches answered from the result cache since the searcher opened
 * @param resultCacheMisses searches that searched
 */
public record IndexStats(
    long articles,
    long quotes,
    long sizeBytes,
    Instant lastChange,
    long resultCacheHits,
    long resultCacheMisses) {}
