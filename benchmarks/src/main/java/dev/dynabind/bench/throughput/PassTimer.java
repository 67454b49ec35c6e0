package dev.dynabind.bench.throughput;

import dev.dynabind.testing.RequestCounter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Times one write-then-read pass of one client: wall time of each half, requests sent, CPU time
 * of this JVM, time on the wire, GC time. Shared by the in-process and the out-of-process
 * benchmarks, so both measure a pass the same way.
 */
public final class PassTimer {
  private final RequestCounter counter;
  private final TransmissionTimer wire;
  /** {@link System#nanoTime()} at the start, the end of writing and the end of reading. */
  private final long[] marks = new long[3];

  /**
   * Measures with these interceptors, which must be installed on the client under test.
   *
   * @param counter counts requests
   * @param wire sums time on the wire
   */
  public PassTimer(RequestCounter counter, TransmissionTimer wire) {
    this.counter = counter;
    this.wire = wire;
  }

  /**
   * Times one write then one read.
   *
   * @param side the client's name
   * @param concurrency its concurrency
   * @param count items written, and expected back
   * @param write writes them
   * @param read reads them back, returning how many were found
   * @return the figures
   * @throws IllegalStateException when fewer items came back than were written
   */
  public Measurement measure(String side, int concurrency, int count, Runnable write,
      IntSupplier read) {
    counter.reset();
    wire.reset();
    long gcStart = gcMillis();
    Map<Long, Long> allocatedStart = allocatedBytes();
    long cpuStart = processCpuNanos();
    long jitStart = jitMillis();
    long start = System.nanoTime();
    write.run();
    long written = System.nanoTime();
    int writeRequests = counter.total();
    counter.reset();
    int found = read.getAsInt();
    long done = System.nanoTime();
    marks[0] = start;
    marks[1] = written;
    marks[2] = done;
    double cpu = (processCpuNanos() - cpuStart) / 1e9;
    long allocated = allocatedSince(allocatedStart);
    if (found != count) {
      throw new IllegalStateException(side + " read " + found + " of " + count + " items");
    }
    return new Measurement(side, concurrency, count, (written - start) / 1e9,
        (done - written) / 1e9, writeRequests, counter.total(), cpu, wire.seconds(),
        (gcMillis() - gcStart) / 1e3, allocated, (jitMillis() - jitStart) / 1e3);
  }

  /**
   * When the last pass measured started, finished writing and finished reading, for a
   * timeline of its requests.
   *
   * @return three {@link System#nanoTime()} values
   */
  public long[] lastMarks() {
    return marks.clone();
  }

  /**
   * Time the JIT compilers have spent so far, summed over their threads.
   *
   * @return milliseconds since the JVM started
   */
  public static long jitMillis() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  /** Collection time of every garbage collector of this JVM so far. */
  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }

  /** Bytes allocated so far by each thread alive now, by thread id. */
  private static Map<Long, Long> allocatedBytes() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] ids = threads.getAllThreadIds();
    long[] bytes = threads.getThreadAllocatedBytes(ids);
    Map<Long, Long> out = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      if (bytes[i] >= 0) {
        out.put(ids[i], bytes[i]);
      }
    }
    return out;
  }

  /**
   * Bytes allocated since {@code start} by the threads alive now, each from its own start (zero
   * for a thread started since): a thread that ended meanwhile is missing, never negative.
   */
  private static long allocatedSince(Map<Long, Long> start) {
    long total = 0;
    for (Map.Entry<Long, Long> now : allocatedBytes().entrySet()) {
      total += now.getValue() - start.getOrDefault(now.getKey(), 0L);
    }
    return total;
  }

  /** CPU time of this whole JVM. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
