package dev.dynabind.it.demo;

import dev.dynabind.Key;
import dev.dynabind.Table;

/** A balance that transfers move between, in one transaction. */
@Table("wallets")
public record Wallet(@Key String id, long balance) {}
