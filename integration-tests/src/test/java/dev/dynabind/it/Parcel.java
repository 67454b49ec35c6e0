package dev.dynabind.it;

import dev.dynabind.Index;
import dev.dynabind.Key;
import dev.dynabind.LocalIndex;
import dev.dynabind.Table;

/**
 * A table with a global index (status, weight) and a local index (weight), for scans, pages and
 * index queries. {@code tag} is null on most items, so the {@code byTag} index is sparse.
 */
@Table("parcels")
public record Parcel(
    @Key String customerId,
    @Key(sort = true) long no,
    @Index("byStatus") String status,
    @Index(value = "byStatus", sort = true) @LocalIndex("byWeight") long weight,
    int parity,
    @Index("byTag") String tag) {}
