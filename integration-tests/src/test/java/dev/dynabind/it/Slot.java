package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.time.LocalDate;
import java.time.LocalTime;

/** Time types as both keys: a {@code LocalDate} partition and a {@code LocalTime} sort key. */
@Table("slots")
public record Slot(@Key LocalDate day, @Key(sort = true) LocalTime start, String room) {}
