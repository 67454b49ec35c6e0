package shop;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/** Builds test items; compiled with the generated code, called by the functional test. */
public final class Fixtures {
  private Fixtures() {}

  public static Everything everything() {
    Everything.Level3 leaf = new Everything.Level3("deep", Optional.of(Instant.parse("2024-05-06T07:08:09Z")));
    Everything.Level2 child = new Everything.Level2(7, leaf);
    Everything.Level1 nested = new Everything.Level1("top", child,
        Arrays.asList(child, null, new Everything.Level2(0, null)));
    Everything.Node tree = new Everything.Node("root", List.of(
        new Everything.Node("a", List.of(new Everything.Node("a1", List.of()))),
        new Everything.Node("b", null)));
    return new Everything(
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        -5, Long.MAX_VALUE, (short) 12, (byte) -3, 2.5, 1.25f, true, 'x',
        42, -7L, (short) 1, (byte) 2, Double.MIN_VALUE, -0.5f, Boolean.FALSE, 'ß',
        "text", new BigDecimal("12345678901234567890.000001"), new BigInteger("-98765432109876543210"),
        SdkBytes.fromUtf8String("bytes"), Everything.Color.GREEN,
        Instant.parse("2024-01-02T03:04:05.123456789Z"), LocalDate.of(2024, 2, 29),
        LocalDateTime.of(2024, 1, 2, 3, 4, 5), LocalTime.of(23, 59, 58),
        OffsetDateTime.parse("2024-01-02T03:04:05+02:00"),
        ZonedDateTime.parse("2024-01-02T03:04:05+01:00[Europe/Paris]"),
        Duration.ofMinutes(90), Period.of(1, 2, 3), Year.of(1999), YearMonth.of(2024, 12),
        MonthDay.of(12, 24), ZoneOffset.ofHours(-3), ZoneId.of("America/New_York"),
        Optional.of("here"), Optional.empty(),
        Arrays.asList("a", null, "c"),
        List.of(Map.of("xs", List.of(1, 2, 3)), Map.of()),
        Map.of("one", nested), Set.of("s1", "s2"), Set.of(1, 2, 3),
        Set.of(new BigDecimal("1.5"), new BigDecimal("-2")),
        Set.of(SdkBytes.fromUtf8String("b1"), SdkBytes.fromUtf8String("b2")),
        nested,
        new Money(new BigDecimal("12.50"), "EUR"),
        Arrays.asList(Optional.of(Everything.Color.RED), Optional.empty()),
        tree);
  }

  /** Only the key: every other component absent. */
  public static Everything sparse() {
    return new Everything(UUID.fromString("00000000-0000-0000-0000-000000000001"),
        0, 0L, (short) 0, (byte) 0, 0d, 0f, false, '\0',
        null, null, null, null, null, null, null, null,
        null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null,
        Optional.empty(), Optional.empty(),
        null, null, null, null, null, null, null, null, null, null, null);
  }

  public static Everything withId(UUID id) {
    Everything e = sparse();
    return new Everything(id, e.i(), e.l(), e.s(), e.b(), e.d(), e.f(), e.bo(), e.c(),
        null, null, null, null, null, null, null, null,
        null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null,
        Optional.empty(), Optional.empty(),
        null, null, null, null, null, null, null, null, null, null, null);
  }

  public static Blob blob(byte[] id, byte[] data) {
    return new Blob(id, data);
  }

  public static Order order(String customerId, long orderNo) {
    return new Order(customerId, orderNo, new BigDecimal("9.99"),
        List.of(new Order.Line("sku-1", 2)));
  }

  public static OrderKey orderKey(String customerId, long orderNo) {
    return new OrderKey(customerId, orderNo);
  }
}
