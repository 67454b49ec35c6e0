package dev.dynabind.it.demo;

/**
 * A postal address, nested in {@link User}: stored as one M attribute.
 *
 * @param street street and number
 * @param city the city
 * @param zip the postal code
 * @param country the ISO country code
 */
public record Address(String street, String city, String zip, String country) {}
