package dev.dynabind.bench.model;

/**
 * The nested record of {@link Customer}, stored as a map.
 *
 * @param street street and number
 * @param city the city
 * @param zip the postal code
 */
public record Address(String street, String city, String zip) {}
