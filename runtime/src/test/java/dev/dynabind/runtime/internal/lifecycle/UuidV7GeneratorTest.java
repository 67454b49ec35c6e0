package dev.dynabind.runtime.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 12_500;

  @Test
  void hundredThousandIdsFromEightThreadsAreUniqueAndIncreaseInCreationOrder() throws Exception {
    UuidV7Generator generator = new UuidV7Generator(Clock.systemUTC());
    List<List<UUID>> perThread = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<UUID>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<UUID>> task = () -> {
          List<UUID> ids = new ArrayList<>(PER_THREAD);
          for (int i = 0; i < PER_THREAD; i++) {
            ids.add(generator.next());
          }
          return ids;
        };
        futures.add(pool.submit(task));
      }
      for (Future<List<UUID>> future : futures) {
        perThread.add(future.get());
      }
    } finally {
      pool.shutdown();
    }
    Set<UUID> all = new HashSet<>();
    UUID greatest = null;
    for (List<UUID> ids : perThread) {
      for (int i = 0; i < ids.size(); i++) {
        UUID id = ids.get(i);
        assertTrue(all.add(id), "duplicate id " + id);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        if (i > 0) {
          // Later in one thread means created later: greater as a UUID and as text.
          assertTrue(ids.get(i - 1).compareTo(id) < 0);
          assertTrue(ids.get(i - 1).toString().compareTo(id.toString()) < 0);
        }
        if (greatest == null || id.compareTo(greatest) > 0) {
          greatest = id;
        }
      }
    }
    assertEquals(THREADS * PER_THREAD, all.size());
    // An id made after all of them is greater than every one.
    UUID after = generator.next();
    assertTrue(after.compareTo(greatest) > 0);
    assertTrue(after.toString().compareTo(greatest.toString()) > 0);
  }

  @Test
  void theTimestampIsTheClocksMilliseconds() {
    Instant now = Instant.parse("2026-03-01T12:00:00.123Z");
    UUID id = new UuidV7Generator(Clock.fixed(now, ZoneOffset.UTC)).next();
    assertEquals(now.toEpochMilli(), id.getMostSignificantBits() >>> 16);
  }

  @Test
  void idsKeepIncreasingWhenTheClockStandsStillOrGoesBack() {
    MovableClock clock = new MovableClock(Instant.parse("2026-03-01T12:00:00Z"));
    UuidV7Generator generator = new UuidV7Generator(clock);
    UUID previous = generator.next();
    for (int i = 0; i < 1000; i++) {
      if (i == 500) {
        clock.now = clock.now.minusSeconds(60);
      }
      UUID next = generator.next();
      assertTrue(previous.compareTo(next) < 0, "at " + i);
      assertTrue(previous.toString().compareTo(next.toString()) < 0, "at " + i);
      previous = next;
    }
  }

  @Test
  void aNewMillisecondStartsAboveTheOldOne() {
    MovableClock clock = new MovableClock(Instant.parse("2026-03-01T12:00:00Z"));
    UuidV7Generator generator = new UuidV7Generator(clock);
    UUID first = generator.next();
    clock.now = clock.now.plusMillis(1);
    UUID second = generator.next();
    assertTrue(first.compareTo(second) < 0);
    assertEquals((first.getMostSignificantBits() >>> 16) + 1,
        second.getMostSignificantBits() >>> 16);
  }

  /** A clock a test moves; read by the generator's thread only. */
  private static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
