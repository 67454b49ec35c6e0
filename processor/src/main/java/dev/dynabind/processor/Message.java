package dev.dynabind.processor;

/**
 * Every diagnostic the processor prints, each with a stable code in brackets so that users can
 * search for it, and the fix where there is one.
 */
enum Message {
  TABLE_NOT_RECORD("TableNotRecord",
      "@Table goes on a record, but %s is %s; declare it as 'record %s(...)'"),
  TABLE_GENERIC("TableGeneric",
      "@Table record %s has type parameters; a table record cannot be generic, because its codec"
          + " must know the type of every component"),
  TABLE_NAME("TableName",
      "table name \"%s\" would be rejected by DynamoDB: use 3 to 255 characters of a-z A-Z 0-9 _ . -"),
  UNREACHABLE("Unreachable",
      "%s %s cannot be reached from generated code in package %s because %s; make it"
          + " package-private or public"),
  MISSING_KEY("MissingKey",
      "@Table record %s has no @Key component; mark its partition key component with @Key"),
  MISSING_PARTITION_KEY("MissingKey",
      "@Table record %s has a sort key but no partition key; mark its partition key component"
          + " with @Key"),
  DUPLICATE_PARTITION_KEY("DuplicateKey",
      "component '%s' is a second partition key after '%s'; a table has one partition key (use"
          + " @Key(sort = true) for the sort key)"),
  DUPLICATE_SORT_KEY("DuplicateKey",
      "component '%s' is a second sort key after '%s'; a table has at most one sort key"),
  KEY_TYPE("KeyType",
      "@Key component '%s' is %s; a key must be stored as S, N or B (String, a number, byte[],"
          + " SdkBytes, UUID, an enum, Instant, ...)"),
  SORT_KEY_ORDER("SortKeyOrder",
      "@Key(sort = true) component '%s' is %s, whose stored text does not sort in the order of"
          + " its values, so queries would return items out of order and range conditions would"
          + " miss some; %s"),
  KEY_CONVERTED("KeyType",
      "@Key component '%s' uses @Convert, so its stored type is only known at run time; a key must"
          + " be stored as S, N or B (String, a number, byte[], SdkBytes, UUID, an enum, Instant,"
          + " ...)"),
  UNSUPPORTED_TYPE("UnsupportedType",
      "component '%s' has type %s%s, which Dynabind cannot store. Supported: String, primitives"
          + " and their boxes, BigDecimal, BigInteger, byte[], SdkBytes, UUID, enums, java.time"
          + " values (Instant, LocalDate, LocalDateTime, LocalTime, OffsetDateTime, ZonedDateTime,"
          + " Duration, Period, Year, YearMonth, MonthDay, ZoneOffset, ZoneId), Optional<T>,"
          + " List<T>, Map<String, T>, Set<String>, sets of numbers or SdkBytes, and records"
          + " without type parameters; for any other type add @Convert(YourConverter.class)"),
  ATTRIBUTE_EMPTY("AttributeName",
      "@Attribute on component '%s' has an empty name; give the stored name or remove @Attribute"),
  DUPLICATE_ATTRIBUTE("DuplicateAttribute",
      "component '%s' is stored as attribute \"%s\", which component '%s' already uses; rename"
          + " one of them with @Attribute(\"...\")"),
  KEY_WITHOUT_TABLE("KeyWithoutTable",
      "@Key on component '%s' of %s, which has no @Table; add @Table(\"name\") to the record or"
          + " remove @Key"),
  LOCKED_WITHOUT_TABLE("LockedWithoutTable",
      "@LockedBy on %s, which has no @Table; add @Table(\"name\") or remove @LockedBy"),
  LOCK_KEY_TYPE("LockKeyType",
      "@LockedBy appends its suffix to the %s key, so component '%s' must be a String, but it is"
          + " %s"),
  LOCK_DURATION("LockDuration",
      "@LockedBy %s \"%s\" is not a %s ISO-8601 duration such as \"PT24H\" or \"PT1H\""),
  LOCK_REFRESH("LockDuration",
      "@LockedBy refreshWithin %s must be shorter than ttl %s"),
  LOCK_SUFFIX("LockSuffix",
      "@LockedBy suffix must not be empty: the lock item's key is the item's key plus the suffix"),
  LOCK_ATTRIBUTE("LockAttribute",
      "@LockedBy %s \"%s\" collides with %s; choose another name"),
  CONVERTER_RUNTIME_MISSING("ConverterType",
      "@Convert on component '%s' needs dev.dynabind.runtime.AttributeConverter, which is not on"
          + " the class path; add the dynabind-runtime dependency"),
  CONVERTER_TYPE("ConverterType",
      "@Convert(%s.class) on component '%s' must implement AttributeConverter<%s>%s"),
  CONVERTER_CONSTRUCTOR("ConverterConstructor",
      "@Convert(%s.class) on component '%s' %s; generated code creates the converter with"
          + " 'new %s()', so it must be a concrete class with a public no-arg constructor"),
  EMPTY_WHEN_ABSENT_TYPE("EmptyWhenAbsentType",
      "@EmptyWhenAbsent on component '%s', which is %s; it applies to Set components only"
          + " (DynamoDB stores no empty set; an empty List or Map is stored and reads back empty),"
          + " so remove it or make the component a Set"),
  INDEX_NAME("IndexName",
      "index name \"%s\" %s; use 3 to 255 characters of a-z A-Z 0-9 _ . - that also make a Java"
          + " method name, such as \"byStatus\""),
  INDEX_NAME_TWICE("IndexName",
      "index \"%s\" is declared both as @Index and as @LocalIndex; give each index its own name"),
  INDEX_KEY_TYPE("IndexKeyType",
      "component '%s' is a key of index \"%s\" but is %s; an index key must be stored as S, N or"
          + " B (String, a number, byte[], SdkBytes, UUID, an enum, Instant, ...)"),
  INDEX_KEY_ORDER("IndexKeyType",
      "component '%s' is the sort key of index \"%s\" but is %s, whose stored text does not sort"
          + " in the order of its values; %s"),
  INDEX_DUPLICATE_KEY("IndexKey",
      "component '%s' is a second %s key of index \"%s\" after '%s'; an index has one partition"
          + " key and at most one sort key"),
  INDEX_SORT_WITHOUT_PARTITION("IndexKey",
      "index \"%s\" has a sort key ('%s') but no partition key; mark its partition key component"
          + " with @Index(\"%s\")"),
  LOCAL_INDEX_WITHOUT_SORT_KEY("LocalIndex",
      "@LocalIndex(\"%s\") on component '%s' needs a table with a sort key: a local index shares"
          + " the table's partition key and replaces its sort key; use @Index for a global index"),
  LOCAL_INDEX_ON_KEY("LocalIndex",
      "@LocalIndex(\"%s\") on component '%s', which is already a key of the table; a local index"
          + " sorts by another component"),
  INDEX_LIMIT("IndexLimit",
      "@Table record %s declares %d %s indexes; DynamoDB allows at most %d per table"),
  INDEX_WITHOUT_TABLE("IndexWithoutTable",
      "@%s on component '%s' of %s, which has no @Table; add @Table(\"name\") to the record or"
          + " remove it"),
  LIFECYCLE_TYPE("LifecycleType",
      "@%s component '%s' is %s; it must be %s"),
  LIFECYCLE_CONVERTED("LifecycleType",
      "@%s component '%s' uses @Convert, so only the converter knows how it is stored; remove"
          + " @Convert (the component must be %s)"),
  LIFECYCLE_DUPLICATE("DuplicateLifecycle",
      "component '%s' is a second @%s after '%s'; a record has at most one"),
  LIFECYCLE_CONFLICT("LifecycleConflict",
      "component '%s' has both @%s and @%s; each lifecycle annotation needs a component of its"
          + " own"),
  LIFECYCLE_ON_KEY("LifecycleKey",
      "@%s on key component '%s': %s; put it on a component that is not a key"),
  LIFECYCLE_WITHOUT_TABLE("LifecycleWithoutTable",
      "@%s on component '%s' of %s, which has no @Table; lifecycle annotations apply to the"
          + " components of a @Table record only (those of a nested record are not read)"),
  VERSION_LOCKED("VersionLocked",
      "@Version on component '%s' of @LockedBy record %s: the lock already orders the writes"
          + " of a locked table (setAtomic, updateAtomic); use the lock or @Version, not both"),
  TTL_LOCKED("TtlLocked",
      "@Ttl on component '%s' of @LockedBy record %s: a table has one TTL attribute, and its"
          + " lock items expire through \"%s\""),
  UNEXPECTED("Unexpected",
      "Dynabind failed on %s; this is a bug in Dynabind, please report it with this trace:%n%s");

  private final String code;
  private final String format;

  Message(String code, String format) {
    this.code = code;
    this.format = format;
  }

  String format(Object... args) {
    return "[" + code + "] " + String.format(format, args);
  }
}
