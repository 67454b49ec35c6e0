package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The types an item shares with the AWS Enhanced Client ({@link ProfileBean} is its twin). */
@Table("profiles")
public record Profile(
    @Key String id,
    String name,
    int age,
    long score,
    double ratio,
    Boolean active,
    Color color,
    Instant joinedAt,
    LocalDate birthday,
    BigDecimal balance,
    UUID uuid,
    List<String> tags,
    Map<String, String> labels,
    Set<String> roles,
    Line line,
    List<Line> lines) {}
