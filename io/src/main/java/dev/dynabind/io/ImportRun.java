package dev.dynabind.io;

import dev.dynabind.runtime.ItemDecodeException;
import dev.dynabind.runtime.RawTable;
import dev.dynabind.runtime.Repository;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableMetadata;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One run of a {@link TableImport}: windows of records, each streamed into
 * {@code batchSave(Stream)} as it is read; a window's checkpoint is reported only once every
 * record of it was written or rejected.
 */
final class ImportRun<R> {
  private final TableImport<R> config;
  private final Repository<R, ?> repository;
  private final CapacityLimiter limiter;
  private final List<ImportProblem> kept = new ArrayList<>();
  private ImportCheckpoint done;
  private long startNanos;

  ImportRun(TableImport<R> config, CapacityLimiter limiter) {
    this.config = config;
    this.repository = config.repository();
    this.limiter = limiter;
    this.done = config.resumeFrom();
  }

  ImportResult run(InputStream raw) {
    startNanos = config.ticker.nanoTime();
    try (ItemSource source = ItemSource.of(config.format(), decompressed(raw),
        Typing.of(repository.codec().metadata()))) {
      for (long skipped = 0; skipped < done.records(); skipped++) {
        if (source.next() == null) {
          throw new ImportException("table '" + repository.tableName() + "': the file has "
              + skipped + " records, fewer than the checkpoint's " + done.records(), result());
        }
      }
      Window window;
      do {
        window = new Window(source);
        try {
          repository.batchSave(StreamSupport.stream(window, false), config.writeOptions());
        } catch (ImportReadFailure e) {
          throw e.getCause();
        } catch (RuntimeException e) {
          throw new ImportException("import into table '" + repository.tableName()
              + "' stopped after record " + done.records() + ": " + e.getMessage(), result(), e);
        }
        done = new ImportCheckpoint(done.records() + window.written + window.rejected.size(),
            done.written() + window.written, done.rejected() + window.rejected.size());
        for (ImportProblem problem : window.rejected) {
          if (kept.size() < TableImport.PROBLEMS_KEPT) {
            kept.add(problem);
          }
        }
        double seconds = Math.max(1e-9, (config.ticker.nanoTime() - startNanos) / 1e9);
        config.progress().accept(new Progress<>(done.records(),
            (done.records() - config.resumeFrom().records()) / seconds, OptionalLong.empty(),
            done));
        if (window.stoppedAt != null) {
          throw new ImportException("import into table '" + repository.tableName()
              + "' stopped at " + window.stoppedAt, result());
        }
      } while (!window.ended);
      return result();
    } catch (IOException e) {
      throw new ImportException("import into table '" + repository.tableName()
          + "' could not read its input after record " + done.records() + ": " + e.getMessage(),
          result(), e);
    }
  }

  private ImportResult result() {
    return new ImportResult(done, kept);
  }

  /** The input, unzipped when it starts with gzip's magic bytes. */
  private static InputStream decompressed(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 64 * 1024) : in;
  }

  /** One window of records, pulled by batchSave; problems are kept until the window is done. */
  private final class Window extends Spliterators.AbstractSpliterator<R> {
    private final ItemSource source;
    private final List<ImportProblem> rejected = new ArrayList<>();
    private int read;
    private long written;
    private boolean ended;
    private ImportProblem stoppedAt;

    Window(ItemSource source) {
      super(config.windowSize(), Spliterator.ORDERED | Spliterator.NONNULL);
      this.source = source;
    }

    @Override
    public boolean tryAdvance(Consumer<? super R> action) {
      while (read < config.windowSize() && stoppedAt == null) {
        SourceRecord record;
        try {
          record = source.next();
        } catch (IOException e) {
          throw new ImportReadFailure(e);
        }
        if (record == null) {
          ended = true;
          return false;
        }
        read++;
        R item = null;
        if (record.problem() != null) {
          reject(record, record.problem().attribute(), record.problem().getMessage());
        } else {
          item = decode(record);
        }
        if (item != null) {
          written++;
          action.accept(item);
          try {
            limiter.spend(Math.ceil(RawTable.itemSize(record.item()) / 1024.0));
            limiter.awaitCredit();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportReadFailure(new java.io.InterruptedIOException("interrupted"));
          }
          return true;
        }
      }
      return false;
    }

    /** The record's item as the repository's type, or null after reporting why it is not one. */
    private R decode(SourceRecord record) {
      try {
        R item = repository.codec().decode(record.item());
        // A missing or empty key would stop batchSave as a whole; here it is one bad record.
        if (!idFilledOnWrite(record)) {
          checkKey(repository, item);
        }
        return item;
      } catch (ItemDecodeException e) {
        reject(record, e.attribute() == null ? "" : e.attribute(), "does not fit the record");
      } catch (RuntimeException e) {
        reject(record, "", "has a missing or invalid key");
      }
      return null;
    }

    /**
     * Whether the record lacks only a {@code @GeneratedId} key, which {@code batchSave} fills in
     * (a restore stores items as given, so there it is a missing key).
     */
    private boolean idFilledOnWrite(SourceRecord record) {
      TableMetadata metadata = repository.codec().metadata();
      String id = metadata.lifecycle().generatedIdAttribute();
      if (config.restores() || id == null || record.item().containsKey(id)) {
        return false;
      }
      KeyAttribute partition = metadata.partitionKey();
      KeyAttribute sort = metadata.sortKey();
      boolean idIsPartition = partition.attributeName().equals(id);
      if (!idIsPartition && (sort == null || !sort.attributeName().equals(id))) {
        return false;
      }
      KeyAttribute other = idIsPartition ? sort : partition;
      return other == null || present(record.item().get(other.attributeName()));
    }

    private static boolean present(AttributeValue key) {
      return key != null && !(key.s() != null && key.s().isEmpty())
          && !(key.b() != null && key.b().asByteArray().length == 0);
    }

    private static <T, K> void checkKey(Repository<T, K> repository, T item) {
      repository.codec().encodeKey(repository.codec().keyOf(item));
    }

    private void reject(SourceRecord record, String attribute, String reason) {
      ImportProblem problem = new ImportProblem(record.number(), record.line(), attribute,
          reason);
      config.problems().accept(problem);
      if (config.stopOnBadRecord()) {
        read--;
        stoppedAt = problem;
      } else {
        rejected.add(problem);
      }
    }
  }

  /** Carries an input failure out of the stream batchSave pulls from. */
  private static final class ImportReadFailure extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    ImportReadFailure(IOException cause) {
      super(cause);
    }
  }
}
