package dev.dynabind.bench.remote;

import dev.dynabind.bench.throughput.PassTimer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;

/**
 * Records when each request of a pass was issued and answered, on which thread, and how many
 * items it carried, so that a pass's schedule can be read: how many requests were in flight
 * over time, how long a slot stayed idle between a response and the next request, the tail
 * where fewer than c requests ran, the hand-over from writing to reading. A request counts as in
 * flight from the moment the client hands it to the SDK ({@code beforeExecution}) to the moment
 * the SDK hands the answer back ({@code afterExecution}); the SDK's own marshalling and
 * unmarshalling are inside, the caller's encoding and decoding outside. It also reports the CPU
 * time of every thread of this process during the pass, Java or not (JIT compiler and GC
 * threads), grouped by name, from Linux's per-thread scheduler statistics. Printed with
 * {@code -Dremote.timeline=true}; a diagnostic, not part of the results files.
 */
final class Timeline implements ExecutionInterceptor {
  private static final ExecutionAttribute<Long> ISSUED = new ExecutionAttribute<>("bench.issued");
  private static final ExecutionAttribute<Long> SENT = new ExecutionAttribute<>("bench.sentAt");
  private static final ExecutionAttribute<Long> ANSWERED =
      new ExecutionAttribute<>("bench.answered");

  /** One request: its kind, size, thread and times. */
  record Request(boolean write, int items, String thread, long issued, long sent, long answered,
      long returned) {}

  private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    attributes.putAttribute(ISSUED, System.nanoTime());
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context,
      ExecutionAttributes attributes) {
    attributes.putAttribute(SENT, System.nanoTime());
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context,
      ExecutionAttributes attributes) {
    attributes.putAttribute(ANSWERED, System.nanoTime());
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    long now = System.nanoTime();
    Object request = context.request();
    int items;
    boolean write;
    if (request instanceof BatchWriteItemRequest w) {
      write = true;
      items = w.requestItems().values().stream().mapToInt(List::size).sum();
    } else if (request instanceof BatchGetItemRequest g) {
      write = false;
      items = g.requestItems().values().stream().mapToInt(k -> k.keys().size()).sum();
    } else {
      return;
    }
    requests.add(new Request(write, items, Thread.currentThread().getName(),
        attributes.getAttribute(ISSUED), attributes.getAttribute(SENT),
        attributes.getAttribute(ANSWERED), now));
  }

  private Map<String, Long> cpuAtReset = Map.of();
  private long processCpuAtReset;
  private long jitAtReset;

  /** Forgets what was recorded. */
  void reset() {
    requests.clear();
    cpuAtReset = threadCpu();
    processCpuAtReset = processCpu();
    jitAtReset = PassTimer.jitMillis();
  }

  /**
   * CPU nanoseconds of each live thread of this process, Java or not (GC, JIT), by name with
   * digits folded, from Linux's per-thread scheduler statistics; empty elsewhere.
   */
  private static Map<String, Long> threadCpu() {
    Map<String, Long> out = new TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        try {
          String name = Files.readString(task.resolve("comm")).trim();
          String stat = Files.readString(task.resolve("schedstat")).trim();
          long cpu = Long.parseLong(stat.substring(0, stat.indexOf(' ')));
          out.put(name.replaceAll("[0-9]+", "N") + "#" + task.getFileName(), cpu);
        } catch (IOException | RuntimeException gone) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException notLinux) {
      return out;
    }
    return out;
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** CPU since the last reset by thread group, and the rest of the process (GC, JIT). */
  private String cpuSinceReset() {
    long process = processCpu() - processCpuAtReset;
    Map<String, Long> now = threadCpu();
    Map<String, long[]> groups = new TreeMap<>();
    long javaThreads = 0;
    for (Map.Entry<String, Long> e : now.entrySet()) {
      long used = e.getValue() - cpuAtReset.getOrDefault(e.getKey(), 0L);
      if (used > 0) {
        long[] g = groups.computeIfAbsent(e.getKey().substring(0, e.getKey().indexOf('#')),
            k -> new long[2]);
        g[0] += used;
        g[1]++;
        javaThreads += used;
      }
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "    CPU ms: process %.1f, JIT compiling %d, threads ended meanwhile %.1f;", ms(process),
        PassTimer.jitMillis() - jitAtReset, ms(process - javaThreads)));
    groups.forEach((name, g) -> out.append(String.format(Locale.ROOT, " %s x%d %.1f;", name,
        g[1], ms(g[0]))));
    return out.append('\n').toString();
  }

  /**
   * Describes the pass recorded since the last reset.
   *
   * @param label the configuration
   * @param concurrency its c
   * @param marks nanoTime of the pass's start, the end of writing, the end of reading
   * @return several lines of figures, in milliseconds
   */
  String describe(String label, int concurrency, long[] marks) {
    List<Request> all = new ArrayList<>(requests);
    all.sort(Comparator.comparingLong(Request::issued));
    StringBuilder out = new StringBuilder();
    List<Request> writes = all.stream().filter(Request::write).toList();
    List<Request> reads = all.stream().filter(r -> !r.write()).toList();
    out.append(String.format(Locale.ROOT, "  timeline %s: write %.1f ms, read %.1f ms%n", label,
        ms(marks[1] - marks[0]), ms(marks[2] - marks[1])));
    out.append(cpuSinceReset());
    phase(out, "write", writes, concurrency, marks[0], marks[1]);
    phase(out, "read", reads, concurrency, marks[1], marks[2]);
    if (!writes.isEmpty() && !reads.isEmpty()) {
      long lastWrite = writes.stream().mapToLong(Request::returned).max().getAsLong();
      out.append(String.format(Locale.ROOT,
          "    hand-over: last write answered -> write call returned %.2f ms -> first read"
              + " issued %.2f ms%n", ms(marks[1] - lastWrite), ms(reads.get(0).issued() - marks[1])));
    }
    return out.toString();
  }

  private static void phase(StringBuilder out, String name, List<Request> requests,
      int concurrency, long start, long end) {
    if (requests.isEmpty()) {
      return;
    }
    // Time-weighted in-flight histogram over the phase.
    List<long[]> events = new ArrayList<>();
    for (Request r : requests) {
      events.add(new long[] {r.issued(), 1});
      events.add(new long[] {r.returned(), -1});
    }
    events.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
    long[] timeAt = new long[Math.max(concurrency, 1) + 2];
    long previous = start;
    int inFlight = 0;
    for (long[] e : events) {
      timeAt[Math.min(inFlight, timeAt.length - 1)] += e[0] - previous;
      previous = e[0];
      inFlight += (int) e[1];
    }
    timeAt[Math.min(inFlight, timeAt.length - 1)] += end - previous;
    double total = end - start;
    double mean = 0;
    StringBuilder histogram = new StringBuilder();
    for (int k = 0; k < timeAt.length; k++) {
      mean += k * timeAt[k] / total;
      if (timeAt[k] > 0) {
        histogram.append(String.format(Locale.ROOT, " %d:%.1f", k, ms(timeAt[k])));
      }
    }
    // Idle slot time: after each answer, until the next request is issued (by any thread).
    List<Long> issues = requests.stream().map(Request::issued).sorted().toList();
    List<Long> gaps = new ArrayList<>();
    for (Request r : requests) {
      int next = firstAtOrAfter(issues, r.returned());
      if (next < issues.size()) {
        gaps.add(issues.get(next) - r.returned());
      }
    }
    gaps.sort(null);
    long lastIssue = issues.get(issues.size() - 1);
    double inFlightSum = 0;
    double wireSum = 0;
    double beforeSendSum = 0;
    for (Request r : requests) {
      inFlightSum += r.returned() - r.issued();
      wireSum += r.answered() - r.sent();
      beforeSendSum += r.sent() - r.issued();
    }
    int[] sizes = requests.stream().mapToInt(Request::items).toArray();
    StringBuilder sizeText = new StringBuilder();
    int run = 1;
    for (int i = 1; i <= sizes.length; i++) {
      if (i < sizes.length && sizes[i] == sizes[i - 1]) {
        run++;
      } else {
        sizeText.append(' ').append(sizes[i - 1]).append(run > 1 ? "x" + run : "");
        run = 1;
      }
    }
    long threads = requests.stream().map(Request::thread).distinct().count();
    out.append(String.format(Locale.ROOT,
        "    %s: %d requests on %d threads; start -> first issued %.2f ms; mean in flight %.2f;"
            + " ms at k in flight:%s%n"
            + "      per request: in SDK %.2f ms (before sending %.2f, on the wire %.2f, after the"
            + " answer %.2f); answer -> next issue:"
            + " median %.3f ms, p90 %.3f ms, max %.2f ms; last issued -> end %.1f ms; sizes:%s%n",
        name, requests.size(), threads, ms(requests.get(0).issued() - start), mean, histogram,
        ms(inFlightSum / requests.size()), ms(beforeSendSum / requests.size()),
        ms(wireSum / requests.size()),
        ms((inFlightSum - beforeSendSum - wireSum) / requests.size()),
        gaps.isEmpty() ? 0 : ms(gaps.get(gaps.size() / 2)),
        gaps.isEmpty() ? 0 : ms(gaps.get(gaps.size() * 9 / 10)),
        gaps.isEmpty() ? 0 : ms(gaps.get(gaps.size() - 1)), ms(end - lastIssue), sizeText));
  }

  private static int firstAtOrAfter(List<Long> sorted, long value) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid) < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static double ms(double nanos) {
    return nanos / 1e6;
  }
}
