package shop;

import dev.dynabind.Attribute;
import dev.dynabind.Convert;
import dev.dynabind.Key;
import dev.dynabind.Table;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/** Every supported component type, for round trips. */
@Table("everything")
public record Everything(
    @Key UUID id,
    int i, long l, short s, byte b, double d, float f, boolean bo, char c,
    Integer bi, Long bl, Short bs, Byte bb, Double bd, Float bf, Boolean bbo, Character bc,
    String str, BigDecimal dec, BigInteger big, SdkBytes sdk, Color color,
    Instant instant, LocalDate localDate, LocalDateTime localDateTime, LocalTime localTime,
    OffsetDateTime offsetDateTime, ZonedDateTime zonedDateTime, Duration duration, Period period,
    Year year, YearMonth yearMonth, MonthDay monthDay, ZoneOffset zoneOffset, ZoneId zoneId,
    Optional<String> present, Optional<Integer> missing,
    List<String> listWithNulls, List<Map<String, List<Integer>>> deep,
    Map<String, Level1> levels, Set<String> ss, Set<Integer> ns, Set<BigDecimal> decimals,
    Set<SdkBytes> binaries,
    Level1 nested,
    @Convert(MoneyConverter.class) Money money,
    List<Optional<Color>> optionals,
    Node tree) {

  public enum Color { RED, GREEN }

  public record Level1(String name, Level2 child, List<Level2> children) {}

  public record Level2(int n, Level3 leaf) {}

  public record Level3(@Attribute("v") String value, Optional<Instant> when) {}

  /** Refers to itself: the processor must not loop. */
  public record Node(String name, List<Node> children) {}
}
