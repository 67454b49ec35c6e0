package dev.dynabind.bench.model;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The representative record every benchmark uses: a dozen components of the common kinds
 * (strings, numbers, boolean, enum, Instant, BigDecimal, list, map, nested record) and, in the
 * fixtures, one null ({@code nickname}).
 *
 * @param id partition key
 * @param email a string
 * @param nickname a string left null in the fixtures
 * @param age an int
 * @param visits a long
 * @param verified a boolean
 * @param status an enum
 * @param createdAt an Instant
 * @param balance a BigDecimal
 * @param tags a list of strings
 * @param attributes a map of strings
 * @param address a nested record
 */
@Table("customers")
public record Customer(
    @Key String id,
    String email,
    String nickname,
    int age,
    long visits,
    boolean verified,
    Status status,
    Instant createdAt,
    BigDecimal balance,
    List<String> tags,
    Map<String, String> attributes,
    Address address) {}
