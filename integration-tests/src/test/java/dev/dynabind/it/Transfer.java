package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;

/** A record of one transfer between wallets, for transactions across tables. */
@Table("transfers")
public record Transfer(@Key String id, String source, String target, long amount) {}
