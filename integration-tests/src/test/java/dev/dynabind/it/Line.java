package dev.dynabind.it;

/** A nested record (no {@code @Table}): stored as an M attribute inside its owner. */
public record Line(String product, int quantity) {}
