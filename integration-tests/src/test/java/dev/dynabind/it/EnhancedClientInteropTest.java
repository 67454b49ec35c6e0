package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.ItemDecodeException;
import dev.dynabind.testing.DynamoDbExtension;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items written by Dynabind are read by the AWS Enhanced Client through an equivalent bean
 * schema, and the other way round; where the two store a type differently, the test says so.
 */
@ExtendWith(DynamoDbExtension.class)
class EnhancedClientInteropTest {
  private static final UUID UUID_1 = UUID.fromString("0b8e6c1a-3f2d-4a5b-9c7e-1d2f3a4b5c6d");

  private final DynamoDbClient client;
  private Dynabind db;
  private DynamoDbEnhancedClient enhanced;

  EnhancedClientInteropTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void setUp() {
    db = Databases.fresh(client);
    enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
  }

  private static Profile profile(String id) {
    return new Profile(id, "Ada", 36, 9_007_199_254_740_993L, 0.25, true, Color.BLUE,
        Instant.parse("2024-02-29T12:34:56.123456789Z"), LocalDate.of(1815, 12, 10),
        new BigDecimal("1234.5"), UUID_1, List.of("x", "y"), Map.of("team", "storage"),
        Set.of("admin", "reader"), new Line("apple", 3),
        List.of(new Line("pear", 1), new Line("plum", 2)));
  }

  private static LineBean lineBean(String product, int quantity) {
    LineBean bean = new LineBean();
    bean.setProduct(product);
    bean.setQuantity(quantity);
    return bean;
  }

  private static ProfileBean profileBean(String id) {
    ProfileBean bean = new ProfileBean();
    bean.setId(id);
    bean.setName("Ada");
    bean.setAge(36);
    bean.setScore(9_007_199_254_740_993L);
    bean.setRatio(0.25);
    bean.setActive(true);
    bean.setColor(Color.BLUE);
    bean.setJoinedAt(Instant.parse("2024-02-29T12:34:56.123456789Z"));
    bean.setBirthday(LocalDate.of(1815, 12, 10));
    bean.setBalance(new BigDecimal("1234.5"));
    bean.setUuid(UUID_1);
    bean.setTags(List.of("x", "y"));
    bean.setLabels(Map.of("team", "storage"));
    bean.setRoles(Set.of("admin", "reader"));
    bean.setLine(lineBean("apple", 3));
    bean.setLines(List.of(lineBean("pear", 1), lineBean("plum", 2)));
    return bean;
  }

  @Test
  void itemWrittenByDynabindIsReadByTheEnhancedClient() {
    ProfileRepository profiles = new ProfileRepository(db);
    profiles.createTable();
    profiles.save(profile("p-1"));
    DynamoDbTable<ProfileBean> table =
        enhanced.table(profiles.tableName(), TableSchema.fromBean(ProfileBean.class));

    ProfileBean read = table.getItem(Key.builder().partitionValue("p-1").build());

    ProfileBean expected = profileBean("p-1");
    assertEquals(expected.getName(), read.getName());
    assertEquals(expected.getAge(), read.getAge());
    assertEquals(expected.getScore(), read.getScore());
    assertEquals(expected.getRatio(), read.getRatio());
    assertEquals(expected.getActive(), read.getActive());
    assertEquals(expected.getColor(), read.getColor());
    assertEquals(expected.getJoinedAt(), read.getJoinedAt());
    assertEquals(expected.getBirthday(), read.getBirthday());
    assertEquals(0, expected.getBalance().compareTo(read.getBalance()));
    assertEquals(expected.getUuid(), read.getUuid());
    assertEquals(expected.getTags(), read.getTags());
    assertEquals(expected.getLabels(), read.getLabels());
    assertEquals(expected.getRoles(), read.getRoles());
    assertEquals("apple", read.getLine().getProduct());
    assertEquals(3, read.getLine().getQuantity());
    assertEquals(2, read.getLines().size());
    assertEquals("plum", read.getLines().get(1).getProduct());
    assertEquals(2, read.getLines().get(1).getQuantity());
  }

  @Test
  void itemWrittenByTheEnhancedClientIsReadByDynabind() {
    ProfileRepository profiles = new ProfileRepository(db);
    profiles.createTable();
    DynamoDbTable<ProfileBean> table =
        enhanced.table(profiles.tableName(), TableSchema.fromBean(ProfileBean.class));
    table.putItem(profileBean("p-2"));

    assertEquals(profile("p-2"), profiles.get("p-2").orElseThrow());
  }

  @Test
  void itemsWrittenByBothAreStoredIdentically() {
    ProfileRepository profiles = new ProfileRepository(db);
    profiles.createTable();
    profiles.save(profile("by-dynabind"));
    enhanced.table(profiles.tableName(), TableSchema.fromBean(ProfileBean.class))
        .putItem(profileBean("by-enhanced"));

    assertEquals(withoutId(Raw.get(client, profiles.tableName(), "by-enhanced")),
        withoutId(Raw.get(client, profiles.tableName(), "by-dynabind")));
  }

  @Test
  void nullComponentsWrittenByTheEnhancedClientReadAsNull() {
    ProfileRepository profiles = new ProfileRepository(db);
    profiles.createTable();
    ProfileBean sparse = new ProfileBean();
    sparse.setId("p-3");
    sparse.setLine(new LineBean()); // the Enhanced Client writes the null product as NULL
    enhanced.table(profiles.tableName(), TableSchema.fromBean(ProfileBean.class)).putItem(sparse);

    Profile read = profiles.get("p-3").orElseThrow();

    assertNull(read.name());
    assertNull(read.color());
    assertNull(read.tags());
    assertEquals(new Line(null, 0), read.line());
  }

  @Test
  void compositeKeyItemsAreSharedBothWays() {
    EventRepository events = new EventRepository(db);
    events.createTable();
    DynamoDbTable<EventBean> table =
        enhanced.table(events.tableName(), TableSchema.fromBean(EventBean.class));
    events.save(new Event("s-1", 7L, "from dynabind"));
    EventBean bean = new EventBean();
    bean.setStream("s-1");
    bean.setSeq(8L);
    bean.setPayload("from enhanced");
    table.putItem(bean);

    EventBean read = table.getItem(Key.builder().partitionValue("s-1").sortValue(7L).build());
    assertEquals("from dynabind", read.getPayload());
    assertEquals(List.of(new Event("s-1", 7L, "from dynabind"),
        new Event("s-1", 8L, "from enhanced")), events.query("s-1").toList());
  }

  @Test
  void everyScalarTypeIsStoredAsTheEnhancedClientStoresIt() {
    ScalarsRepository scalars = new ScalarsRepository(db);
    scalars.createTable();
    DynamoDbTable<ScalarsBean> table =
        enhanced.table(scalars.tableName(), TableSchema.fromBean(ScalarsBean.class));
    Scalars record = new Scalars("by-dynabind", "text", true, false, 'Z', 'é', (byte) -8,
        (byte) 9, (short) -300, (short) 301, -70_000, 70_001, Long.MIN_VALUE, Long.MAX_VALUE,
        1.5f, -0.1f, 0.1, -2.5e-7, new BigDecimal("-12.5"), BigInteger.TWO.pow(90),
        "raw".getBytes(StandardCharsets.UTF_8), SdkBytes.fromUtf8String("blob"), UUID_1,
        Color.RED);
    scalars.save(record);
    table.putItem(scalarsBean("by-enhanced", record));

    assertEquals(withoutId(Raw.get(client, scalars.tableName(), "by-enhanced")),
        withoutId(Raw.get(client, scalars.tableName(), "by-dynabind")));
    Scalars read = scalars.get("by-enhanced").orElseThrow();
    assertEquals(record.precise(), read.precise());
    assertArrayEquals(record.raw(), read.raw());
    assertEquals(0, record.amount().compareTo(read.amount()));
    ScalarsBean bean = table.getItem(Key.builder().partitionValue("by-dynabind").build());
    assertEquals(record.letterBox(), bean.getLetterBox());
    assertEquals(record.huge(), bean.getHuge());
    assertEquals(record.color(), bean.getColor());
  }

  private static Times times(String id) {
    return new Times(id, Instant.parse("2024-02-29T12:34:56.123456789Z"),
        LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_000_000),
        LocalTime.of(7, 5, 3, 1000),
        OffsetDateTime.of(2024, 2, 29, 8, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
        ZonedDateTime.of(2024, 10, 27, 2, 30, 0, 0, ZoneId.of("Europe/Paris")),
        Duration.ofHours(25).plusMillis(5), Period.of(1, 2, 3), Year.of(2024),
        YearMonth.of(2024, 2), MonthDay.of(2, 29), ZoneId.of("Europe/Paris"),
        ZoneOffset.ofHours(-3));
  }

  /** The same values without the components the two store differently or the bean lacks. */
  private static Times withoutDurationYearAndYearMonth(Times t) {
    return new Times(t.id(), t.instant(), t.localDate(), t.localDateTime(), t.localTime(),
        t.offsetDateTime(), t.zonedDateTime(), null, t.period(), null, null, t.monthDay(),
        t.zoneId(), t.zoneOffset());
  }

  @Test
  void timeTypesAreStoredAsTheEnhancedClientStoresThemExceptDuration() {
    TimesRepository times = new TimesRepository(db);
    times.createTable();
    DynamoDbTable<TimesBean> table =
        enhanced.table(times.tableName(), TableSchema.fromBean(TimesBean.class));
    Times record = times("by-dynabind");
    times.save(record);
    table.putItem(timesBean("by-enhanced", record));

    Map<String, String> differences = differences(
        withoutId(Raw.get(client, times.tableName(), "by-dynabind")),
        withoutId(Raw.get(client, times.tableName(), "by-enhanced")));

    // Year and YearMonth: the Enhanced Client has no default converter, so TimesBean lacks them
    // and only Dynabind stores them. Duration: a real format difference, see the next test.
    assertEquals(Set.of("duration", "year", "yearMonth"), differences.keySet(),
        differences.toString());
    assertEquals("PT25H0.005S | 90000.005", differences.get("duration")
        .replace("AttributeValue(S=", "").replace("AttributeValue(N=", "").replace(")", ""));
  }

  @Test
  void timeTypesOtherThanDurationAreReadBothWays() {
    TimesRepository times = new TimesRepository(db);
    times.createTable();
    DynamoDbTable<TimesBean> table =
        enhanced.table(times.tableName(), TableSchema.fromBean(TimesBean.class));
    Times record = withoutDurationYearAndYearMonth(times("by-dynabind"));
    times.save(record);
    table.putItem(timesBean("by-enhanced", withoutDurationYearAndYearMonth(times("by-enhanced"))));

    assertEquals(withoutDurationYearAndYearMonth(times("by-enhanced")),
        times.get("by-enhanced").orElseThrow());
    TimesBean bean = table.getItem(Key.builder().partitionValue("by-dynabind").build());
    assertEquals(record.instant(), bean.getInstant());
    assertEquals(record.localDateTime(), bean.getLocalDateTime());
    assertEquals(record.localTime(), bean.getLocalTime());
    assertEquals(record.offsetDateTime(), bean.getOffsetDateTime());
    assertEquals(record.zonedDateTime(), bean.getZonedDateTime());
    assertEquals(record.period(), bean.getPeriod());
    assertEquals(record.monthDay(), bean.getMonthDay());
    assertEquals(record.zoneId(), bean.getZoneId());
    assertEquals(record.zoneOffset(), bean.getZoneOffset());
  }

  @Test
  void durationIsIsoTextForDynabindButSecondsForTheEnhancedClientSoNeitherReadsTheOther() {
    // A known incompatibility, reported rather than hidden: DESIGN.md promises the Enhanced
    // Client's format for java.time values, but its DurationAttributeConverter stores N seconds.
    TimesRepository times = new TimesRepository(db);
    times.createTable();
    DynamoDbTable<TimesBean> table =
        enhanced.table(times.tableName(), TableSchema.fromBean(TimesBean.class));
    TimesBean bean = new TimesBean();
    bean.setId("by-enhanced");
    bean.setDuration(Duration.ofSeconds(90));
    table.putItem(bean);

    ItemDecodeException e =
        assertThrows(ItemDecodeException.class, () -> times.get("by-enhanced"));
    assertEquals("duration", e.attribute());

    times.save(new Times("by-dynabind", null, null, null, null, null, null,
        Duration.ofSeconds(90), null, null, null, null, null, null));
    assertThrows(RuntimeException.class,
        () -> table.getItem(Key.builder().partitionValue("by-dynabind").build()));
  }

  private static ScalarsBean scalarsBean(String id, Scalars r) {
    ScalarsBean b = new ScalarsBean();
    b.setId(id);
    b.setText(r.text());
    b.setFlag(r.flag());
    b.setFlagBox(r.flagBox());
    b.setLetter(r.letter());
    b.setLetterBox(r.letterBox());
    b.setTiny(r.tiny());
    b.setTinyBox(r.tinyBox());
    b.setSmall(r.small());
    b.setSmallBox(r.smallBox());
    b.setCount(r.count());
    b.setCountBox(r.countBox());
    b.setBig(r.big());
    b.setBigBox(r.bigBox());
    b.setRatio(r.ratio());
    b.setRatioBox(r.ratioBox());
    b.setPrecise(r.precise());
    b.setPreciseBox(r.preciseBox());
    b.setAmount(r.amount());
    b.setHuge(r.huge());
    b.setRaw(r.raw());
    b.setBlob(r.blob());
    b.setUuid(r.uuid());
    b.setColor(r.color());
    return b;
  }

  private static TimesBean timesBean(String id, Times r) {
    TimesBean b = new TimesBean();
    b.setId(id);
    b.setInstant(r.instant());
    b.setLocalDate(r.localDate());
    b.setLocalDateTime(r.localDateTime());
    b.setLocalTime(r.localTime());
    b.setOffsetDateTime(r.offsetDateTime());
    b.setZonedDateTime(r.zonedDateTime());
    b.setDuration(r.duration());
    b.setPeriod(r.period());
    b.setMonthDay(r.monthDay());
    b.setZoneId(r.zoneId());
    b.setZoneOffset(r.zoneOffset());
    return b;
  }

  private static Map<String, AttributeValue> withoutId(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> out = new TreeMap<>(item);
    out.remove("id");
    return out;
  }

  /** Attribute name to "dynabind value | enhanced value", for the attributes that differ. */
  private static Map<String, String> differences(Map<String, AttributeValue> dynabind,
      Map<String, AttributeValue> enhanced) {
    Map<String, String> out = new TreeMap<>();
    Set<String> names = new TreeSet<>(dynabind.keySet());
    names.addAll(enhanced.keySet());
    for (String name : names) {
      if (!Objects.equals(dynabind.get(name), enhanced.get(name))) {
        out.put(name, dynabind.get(name) + " | " + enhanced.get(name));
      }
    }
    return out;
  }
}
