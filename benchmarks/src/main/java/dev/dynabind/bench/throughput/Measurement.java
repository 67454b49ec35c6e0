package dev.dynabind.bench.throughput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One write-then-read pass of one client configuration.
 *
 * @param client {@code dynabind}, {@code enhanced} or {@code handwritten}
 * @param concurrency parallel chunk requests per call (1 for the Enhanced Client)
 * @param items items written, and read back
 * @param writeSeconds time to write them all
 * @param readSeconds time to read them all by key
 * @param writeRequests requests sent while writing
 * @param readRequests requests sent while reading
 * @param cpuSeconds CPU time of the whole process (client and the embedded server) over the
 *     write and the read: with both in one JVM, it shows how close a run came to the machine's
 *     cores, which bounds what any client can reach
 * @param wireSeconds time requests spent on the wire and in the server, summed over requests
 *     ({@link TransmissionTimer}); at concurrency 1 the rest of the wall time is the client's own
 * @param gcSeconds garbage collection time over the write and the read, as the JVM's collectors
 *     report it; with the server in the same JVM, every pause also stalls the server
 * @param allocatedBytes bytes allocated by this JVM's live threads over the write and the read
 *     (threads that ended during the pass are not counted); with the server in another JVM, the
 *     client's allocation alone, a figure that other processes on the machine cannot disturb
 * @param jitSeconds time the JIT compilers spent compiling over the write and the read, summed
 *     over their threads (the JVM's compilation bean): part of {@code cpuSeconds}, a one-off cost
 *     of a young JVM that a long-running service has paid long before, and the noisiest part of
 *     a short pass's CPU time
 */
public record Measurement(String client, int concurrency, int items, double writeSeconds,
    double readSeconds, int writeRequests, int readRequests, double cpuSeconds,
    double wireSeconds, double gcSeconds, long allocatedBytes, double jitSeconds) {

  /**
   * Write plus read items per second.
   *
   * @return the rate
   */
  public double itemsPerSecond() {
    return 2.0 * items / (writeSeconds + readSeconds);
  }

  /**
   * Several passes of one configuration as one: times and items summed, so the rates are
   * the rates over all passes; requests of one pass (they are the same on every pass).
   *
   * @param passes at least one pass of the same configuration
   * @return the combined figures, with the passes' rates under {@code passes}
   */
  public static Map<String, Object> combine(List<Measurement> passes) {
    Measurement first = passes.get(0);
    double write = 0;
    double read = 0;
    double cpu = 0;
    double wire = 0;
    double gc = 0;
    double allocated = 0;
    double jit = 0;
    int items = 0;
    for (Measurement m : passes) {
      write += m.writeSeconds;
      read += m.readSeconds;
      cpu += m.cpuSeconds;
      wire += m.wireSeconds;
      gc += m.gcSeconds;
      allocated += m.allocatedBytes;
      jit += m.jitSeconds;
      items += m.items;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("client", first.client);
    out.put("concurrency", first.concurrency);
    out.put("passes", passes.size());
    out.put("writeItemsPerSecond", items / write);
    out.put("readItemsPerSecond", items / read);
    out.put("itemsPerSecond", 2.0 * items / (write + read));
    out.put("writeRequests", first.writeRequests);
    out.put("readRequests", first.readRequests);
    out.put("processCoresBusy", cpu / (write + read));
    out.put("cpuMillisPerThousandItems", cpu * 1000 / (2.0 * items / 1000));
    out.put("jitMillisPerPass", jit * 1000 / passes.size());
    out.put("cpuWithoutJitMillisPerThousandItems",
        Math.max(0, cpu - jit) * 1000 / (2.0 * items / 1000));
    out.put("serverMillisPerThousandItems", wire * 1000 / (2.0 * items / 1000));
    out.put("gcMillisPerPass", gc * 1000 / passes.size());
    out.put("allocatedBytesPerItem", allocated / (2.0 * items));
    if (first.concurrency == 1) {
      // One request at a time: wall time minus time on the wire is the client's own.
      out.put("clientMillisPerThousandItems", (write + read - wire) * 1000 / (2.0 * items / 1000));
    }
    out.put("passItemsPerSecond", passes.stream().map(Measurement::itemsPerSecond).toList());
    out.put("passCpuWithoutJitMillisPerThousandItems", passes.stream()
        .map(m -> Math.max(0, m.cpuSeconds - m.jitSeconds) * 1e6 / (2.0 * m.items)).toList());
    return out;
  }

  /**
   * A one-line report.
   *
   * @return the line
   */
  public String line() {
    return String.format("%-8s c=%d  write %7.0f items/s (%d requests)  read %7.0f items/s"
        + " (%d requests)  write+read %7.0f items/s  cores busy %.2f  on the wire %5.0f ms"
        + "  gc %4.0f ms  allocated %5.0f B/item  JIT %4.0f ms",
        client, concurrency, items / writeSeconds, writeRequests, items / readSeconds,
        readRequests, itemsPerSecond(), cpuSeconds / (writeSeconds + readSeconds),
        wireSeconds * 1000, gcSeconds * 1000, allocatedBytes / (2.0 * items), jitSeconds * 1000);
  }
}
