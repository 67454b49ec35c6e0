package dev.dynabind.it;

import dev.dynabind.Convert;
import dev.dynabind.Key;
import dev.dynabind.Table;
import java.util.List;

/** A component stored through a user converter. */
@Table("priced")
public record Priced(@Key String sku, @Convert(MoneyConverter.class) Money price, List<String> notes) {}
