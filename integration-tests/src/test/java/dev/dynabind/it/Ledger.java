package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;
import dev.dynabind.Version;

/** A versioned record that {@link LedgerBean} maps for the Enhanced Client. */
@Table("ledgers")
public record Ledger(@Key String id, long balance, @Version Long version) {}
