package dev.dynabind.io;

import dev.dynabind.runtime.spi.TableMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * One run of a {@link TableExport}: a thread per segment drives its Scan pages (each page's
 * LastEvaluatedKey is that segment's position), and writes each page whole, under one lock that
 * also advances the checkpoint and calls the listener, so a checkpoint always describes exactly
 * what the output holds.
 */
final class ExportRun {
  /** The first page of a rate-limited scan, before its cost per item is known. */
  private static final int FIRST_LIMITED_PAGE = 25;

  private final TableExport export;
  private static final String TENANT_KEY = "#dynabindTenantKey";
  private static final String TENANT_PREFIX = ":dynabindTenant";
  private final List<String> columns;
  private final CapacityLimiter limiter;
  private final TableMetadata metadata;
  private final String tenantPrefix;
  private final Object lock = new Object();
  private ExportCheckpoint checkpoint;
  private ItemSink sink;
  private OptionalLong total = OptionalLong.empty();
  private long startNanos;
  private long itemsThisRun;
  private int buffered;
  private boolean stopped;

  ExportRun(TableExport export, List<String> columns, CapacityLimiter limiter) {
    this.export = export;
    this.columns = columns;
    this.limiter = limiter;
    this.metadata = export.metadata();
    this.tenantPrefix = export.tenantPrefix();
  }

  ExportCheckpoint run(OutputStream target) {
    checkpoint = export.resumeFrom() != null
        ? export.resumeFrom() : ExportCheckpoint.start(export.segments());
    export.peakBuffered = 0;
    Throwable failure = null;
    GZIPOutputStream gzip = null;
    try {
      if (export.countFirst()) {
        total = OptionalLong.of(export.count(limiter, tenantPrefix));
      }
      // Sync flush: every page reaches the output when its checkpoint is reported.
      gzip = export.gzip() ? new GZIPOutputStream(target, 64 * 1024, true) : null;
      sink = ItemSink.of(export.format(), gzip != null ? gzip : target, columns,
          export.resumeFrom() != null);
      startNanos = export.ticker.nanoTime();
      failure = scanAll();
    } catch (RuntimeException | IOException e) {
      failure = e;
    }
    try {
      if (sink != null) {
        sink.finish();
      }
      if (gzip != null) {
        gzip.finish();
      }
      target.flush();
    } catch (IOException e) {
      failure = failure != null ? failure : e;
    }
    if (failure != null) {
      if (failure instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new ExportException("export of table '" + export.tableName() + "' stopped after "
          + checkpoint.items() + " items: " + failure.getClass().getSimpleName(), checkpoint,
          failure);
    }
    return checkpoint;
  }

  /** Runs every unfinished segment; the first failure, or null. */
  private Throwable scanAll() {
    int segments = checkpoint.segments();
    ExecutorService threads = Executors.newFixedThreadPool(segments, runnable -> {
      Thread thread = new Thread(runnable, "dynabind-export-" + export.tableName());
      thread.setDaemon(true);
      return thread;
    });
    Throwable failure = null;
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int segment = 0; segment < segments; segment++) {
        if (!checkpoint.done(segment)) {
          int s = segment;
          running.add(threads.submit(() -> {
            scanSegment(s);
            return null;
          }));
        }
      }
      for (Future<?> segment : running) {
        try {
          segment.get();
        } catch (java.util.concurrent.ExecutionException e) {
          failure = failure != null ? failure : e.getCause();
        } catch (InterruptedException e) {
          stop();
          failure = failure != null ? failure : e;
        }
      }
    } finally {
      threads.shutdownNow();
    }
    return failure;
  }

  private void scanSegment(int segment) throws Exception {
    try {
      ScanRequest.Builder request = scanRequest(export, limiter, tenantPrefix);
      if (checkpoint.segments() > 1) {
        request.segment(segment).totalSegments(checkpoint.segments());
      }
      Map<String, AttributeValue> startKey;
      synchronized (lock) {
        startKey = checkpoint.startKey(segment);
      }
      int limit = export.pageSize() > 0 ? export.pageSize()
          : limiter.limited() ? FIRST_LIMITED_PAGE : 0;
      while (true) {
        limiter.awaitCredit();
        if (limit > 0) {
          request.limit(limit);
        }
        request.exclusiveStartKey(startKey);
        ScanResponse page = export.client().scan(request.build());
        double consumed = consumed(page);
        limiter.spend(consumed);
        if (!write(segment, page)) {
          return;
        }
        if (!page.hasLastEvaluatedKey() || page.lastEvaluatedKey().isEmpty()) {
          return;
        }
        startKey = page.lastEvaluatedKey();
        if (limiter.limited() && export.pageSize() == 0 && page.scannedCount() > 0) {
          limit = nextLimit(consumed / page.scannedCount());
        }
      }
    } catch (Exception | Error e) {
      stop();
      throw e;
    }
  }

  /** A page costing about a quarter of a second's budget, shared by the segments. */
  private int nextLimit(double unitsPerItem) {
    double budget = 1 / (4.0 * checkpoint.segments()) * export.limiterRate();
    return (int) Math.max(1, Math.min(1000, budget / Math.max(unitsPerItem, 1e-6)));
  }

  /** Writes a page whole and reports it; false once the export stopped. */
  private boolean write(int segment, ScanResponse page) throws IOException {
    synchronized (lock) {
      if (stopped) {
        return false;
      }
      buffered += page.count();
      export.peakBuffered = Math.max(export.peakBuffered, buffered);
      int written = 0;
      for (Map<String, AttributeValue> item : page.items()) {
        if (!metadata.isLockItem(item)) {
          sink.write(tenantPrefix == null ? item : withoutTenant(item));
          written++;
        }
      }
      sink.flush();
      buffered -= page.count();
      checkpoint = checkpoint.after(segment, page.lastEvaluatedKey(), written);
      itemsThisRun += written;
      double seconds = Math.max(1e-9, (export.ticker.nanoTime() - startNanos) / 1e9);
      export.progress().accept(
          new Progress<>(checkpoint.items(), itemsThisRun / seconds, total, checkpoint));
      return true;
    }
  }

  private void stop() {
    synchronized (lock) {
      stopped = true;
    }
  }

  /**
   * The scan of an export or count: the caller's filter and, under a tenant, only the tenant's
   * items, by the prefix of the partition key (see {@code Tenancy}).
   */
  static ScanRequest.Builder scanRequest(TableExport export, CapacityLimiter limiter,
      String tenantPrefix) {
    ScanRequest.Builder request = ScanRequest.builder().tableName(export.tableName());
    ScanFilter filter = export.filter();
    String expression = filter == null ? null : filter.expression();
    Map<String, String> names = new HashMap<>(filter == null ? Map.of() : filter.names());
    Map<String, AttributeValue> values =
        new HashMap<>(filter == null ? Map.of() : filter.values());
    if (tenantPrefix != null) {
      String tenant = "begins_with(" + TENANT_KEY + ", " + TENANT_PREFIX + ")";
      expression = expression == null ? tenant : "(" + expression + ") AND " + tenant;
      names.put(TENANT_KEY, export.metadata().partitionKey().attributeName());
      values.put(TENANT_PREFIX, AttributeValue.fromS(tenantPrefix));
    }
    request.filterExpression(expression);
    if (!names.isEmpty()) {
      request.expressionAttributeNames(names);
    }
    if (!values.isEmpty()) {
      request.expressionAttributeValues(values);
    }
    if (limiter.limited()) {
      request.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }
    return request;
  }

  /** Exported items look as the tenant's records do, so they import into any tenant. */
  private Map<String, AttributeValue> withoutTenant(Map<String, AttributeValue> item) {
    String key = metadata.partitionKey().attributeName();
    AttributeValue value = item.get(key);
    if (value == null || value.s() == null || !value.s().startsWith(tenantPrefix)) {
      return item;
    }
    Map<String, AttributeValue> out = new HashMap<>(item);
    out.put(key, AttributeValue.fromS(value.s().substring(tenantPrefix.length())));
    return out;
  }

  static double consumed(ScanResponse page) {
    return page.consumedCapacity() == null || page.consumedCapacity().capacityUnits() == null
        ? 0 : page.consumedCapacity().capacityUnits();
  }
}
