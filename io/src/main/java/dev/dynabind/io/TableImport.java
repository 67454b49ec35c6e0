package dev.dynabind.io;

import dev.dynabind.runtime.BatchWriteOptions;
import dev.dynabind.runtime.Repository;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Imports a file into a table through a repository's {@code batchSave(Stream)}: BatchWriteItem
 * requests of 25, sent in parallel, with retries and an exact report of what was not written.
 * API.
 *
 * <pre>{@code
 * ImportResult result = TableImport.of(users)           // a generated repository, or a RawTable
 *     .format(Format.CSV)
 *     .maxWriteUnitsPerSecond(100)
 *     .progress(p -> log.info("{} records", p.items()))
 *     .from(in);
 * result.problems().forEach(p -> log.warn("skipped {}", p));
 * }</pre>
 *
 * <p>With a generated repository, plain JSON and CSV values take the types the record stores
 * (numbers stay numbers, binaries binaries, sets sets), and each item must decode as the record;
 * a record of the file that does not fit is an {@link ImportProblem} naming its line and
 * attribute. With a {@code RawTable} types are inferred (see the README). Records are read and
 * written in windows of {@link #windowSize} records with bounded memory; after each window the
 * progress listener gets a checkpoint from which {@link #resumeFrom} continues. Input compressed
 * with gzip is recognized by its first bytes. Configure, then call {@link #from} once; not
 * thread-safe.
 *
 * @param <R> the repository's item type
 */
public final class TableImport<R> {
  /** The most problems an {@link ImportResult} lists; all are counted. */
  public static final int PROBLEMS_KEPT = 1000;

  private final Repository<R, ?> repository;
  private Format format = Format.DYNAMODB_JSON;
  private boolean stopOnBadRecord;
  private boolean restore;
  private double maxWriteUnitsPerSecond;
  private int windowSize = 1000;
  private Consumer<Progress<ImportCheckpoint>> progress = p -> {};
  private Consumer<ImportProblem> problems = p -> {};
  private ImportCheckpoint resumeFrom = ImportCheckpoint.START;
  CapacityLimiter.Ticker ticker = CapacityLimiter.Ticker.SYSTEM;

  private TableImport(Repository<R, ?> repository) {
    this.repository = repository;
  }

  /**
   * An import into a repository's table.
   *
   * @param repository a generated repository (typed) or a {@code RawTable} (types inferred)
   * @param <R> the item type
   * @return a new import of {@link Format#DYNAMODB_JSON} that skips records that do not fit
   * @throws IllegalArgumentException when the repository is null
   */
  public static <R> TableImport<R> of(Repository<R, ?> repository) {
    if (repository == null) {
      throw new IllegalArgumentException("repository is null");
    }
    return new TableImport<>(repository);
  }

  /**
   * The file format; {@link Format#DYNAMODB_JSON} unless set.
   *
   * @param format the format
   * @return this
   */
  public TableImport<R> format(Format format) {
    this.format = Objects.requireNonNull(format, "format");
    return this;
  }

  /**
   * Whether a record that does not fit stops the import (with an {@link ImportException} once
   * the records before it are written) instead of being skipped and reported; false unless set.
   *
   * @param stop true to stop at the first bad record
   * @return this
   */
  public TableImport<R> stopOnBadRecord(boolean stop) {
    this.stopOnBadRecord = stop;
    return this;
  }

  /**
   * Whether records are stored exactly as the file has them, as a restore of an export needs;
   * false unless set. Without it, records are stamped as {@code batchSave} stamps them (a null
   * {@code @GeneratedId} or {@code @CreatedAt} filled in, {@code @UpdatedAt} set to the import's
   * instant), and a table with {@code @Version} is refused, since a batch write cannot check
   * versions. With it ({@code BatchWriteOptions.restore()}), nothing is filled in, stamped,
   * advanced or checked: every item keeps the timestamps and version of the file, and the last
   * write of a key wins. Tables without lifecycle annotations are written the same either way.
   *
   * @param restore true to store the file's items as they are
   * @return this
   */
  public TableImport<R> restore(boolean restore) {
    this.restore = restore;
    return this;
  }

  /**
   * Holds the write capacity to this many units per second; unlimited when 0 (the default).
   * Writes are counted as DynamoDB charges a put on a table without indexes: one unit per started
   * KB of each item; a table with global secondary indexes consumes more.
   *
   * @param units write capacity units per second; 0 for no limit
   * @return this
   */
  public TableImport<R> maxWriteUnitsPerSecond(double units) {
    if (!(units >= 0) || Double.isInfinite(units)) {
      throw new IllegalArgumentException("maxWriteUnitsPerSecond must be >= 0, got " + units);
    }
    this.maxWriteUnitsPerSecond = units;
    return this;
  }

  /**
   * Records per window: the unit of progress and of resumption; 1,000 unless set.
   *
   * @param records 1 or more
   * @return this
   */
  public TableImport<R> windowSize(int records) {
    if (records < 1) {
      throw new IllegalArgumentException("windowSize must be >= 1, got " + records);
    }
    this.windowSize = records;
    return this;
  }

  /**
   * Called on the importing thread after every window is written, with a checkpoint.
   *
   * @param listener the listener; if it throws, the import stops with that exception, and the
   *     checkpoint it was given stays true
   * @return this
   */
  public TableImport<R> progress(Consumer<Progress<ImportCheckpoint>> listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Called for every record that does not fit, as soon as it is read.
   *
   * @param listener the listener
   * @return this
   */
  public TableImport<R> onProblem(Consumer<ImportProblem> listener) {
    this.problems = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Continues an import of the same file after the records a checkpoint says are done; they are
   * read past, not written again.
   *
   * @param checkpoint the last checkpoint reported
   * @return this
   */
  public TableImport<R> resumeFrom(ImportCheckpoint checkpoint) {
    this.resumeFrom = Objects.requireNonNull(checkpoint, "checkpoint");
    return this;
  }

  /**
   * Runs the import. The stream is read to its end (or to where the import stopped) and not
   * closed.
   *
   * @param in the file's content, gzip-compressed or not
   * @return what was written and which records did not fit
   * @throws IllegalArgumentException when the stream is null, or the table has a {@code @Version}
   *     attribute and {@link #restore} is not set; nothing is read
   * @throws ImportException when the file cannot be read as its format, a CSV column is not an
   *     attribute of the record, a record did not fit and {@link #stopOnBadRecord} is set, or a
   *     window was not completely written ({@code UnprocessedItemsException} as cause); its
   *     result's checkpoint resumes the import
   */
  public ImportResult from(InputStream in) {
    if (in == null) {
      throw new IllegalArgumentException("in is null");
    }
    String version = repository.codec().metadata().lifecycle().versionAttribute();
    if (version != null && !restore) {
      throw new IllegalArgumentException("table '" + repository.tableName()
          + "' has the @Version attribute '" + version + "', which an import (BatchWriteItem)"
          + " cannot check; call restore(true) to store the file's items as they are, versions"
          + " included; nothing was read");
    }
    CapacityLimiter limiter = maxWriteUnitsPerSecond > 0
        ? new CapacityLimiter(maxWriteUnitsPerSecond, ticker) : CapacityLimiter.NONE;
    return new ImportRun<>(this, limiter).run(in);
  }

  Repository<R, ?> repository() {
    return repository;
  }

  Format format() {
    return format;
  }

  boolean stopOnBadRecord() {
    return stopOnBadRecord;
  }

  boolean restores() {
    return restore;
  }

  BatchWriteOptions writeOptions() {
    return restore ? BatchWriteOptions.restore() : BatchWriteOptions.defaults();
  }

  int windowSize() {
    return windowSize;
  }

  Consumer<Progress<ImportCheckpoint>> progress() {
    return progress;
  }

  Consumer<ImportProblem> problems() {
    return problems;
  }

  ImportCheckpoint resumeFrom() {
    return resumeFrom;
  }
}
