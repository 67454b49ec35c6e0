package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;

/** An account balance, for transactions. */
@Table("wallets")
public record Wallet(@Key String id, long balance, String note) {}
