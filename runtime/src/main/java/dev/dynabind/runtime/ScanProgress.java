package dev.dynabind.runtime;

/**
 * Progress of one segment of a scan, reported to {@link OperationListener#onScanPage} after each
 * page on the thread that read it. A serial scan is segment 0 of 1.
 *
 * @param tableName the table as requests name it, prefix included
 * @param indexName the index scanned, or null for the table
 * @param segment the segment, from 0
 * @param totalSegments how many segments the scan has
 * @param pages pages read in this segment so far
 * @param items items returned in this segment so far (after the filter)
 */
public record ScanProgress(String tableName, String indexName, int segment, int totalSegments,
    long pages, long items) {}
