package dev.dynabind.runtime.internal.lifecycle;

import dev.dynabind.runtime.expression.AttributePath;
import dev.dynabind.runtime.expression.ComparableField;
import dev.dynabind.runtime.expression.NumberField;
import dev.dynabind.runtime.expression.StringField;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.runtime.expression.UpdateAction;
import dev.dynabind.runtime.spi.Encoders;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.LifecycleSpec;
import dev.dynabind.runtime.spi.TableMetadata;
import dev.dynabind.runtime.spi.WriteStamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A caller's update of a table with lifecycle annotations, with the actions the lifecycle adds to
 * every UpdateItem, so that they are written by the request's one expression writer together with
 * the caller's actions and condition:
 *
 * <ul>
 *   <li>{@code @UpdatedAt}: {@code SET #u = :now};
 *   <li>{@code @CreatedAt}: {@code SET #c = if_not_exists(#c, :now)}, so only an update that
 *       creates the item sets it;
 *   <li>{@code @Version}: {@code SET #v = if_not_exists(#v, :zero) + :one}, the Enhanced Client's
 *       format (a new item stores 1); not checked, since an update reads no version;
 *   <li>a {@code @GeneratedId} that is not a key: {@code SET #id = if_not_exists(#id, :new)}.
 * </ul>
 *
 * <p>The caller's update may not change any of those attributes (a key cannot be updated
 * anyway): the runtime owns them, and DynamoDB would refuse two actions on one path. {@code @Ttl}
 * is the caller's to set or remove.
 */
public final class LifecycleUpdate {
  private final LifecycleSpec spec;
  /** A {@code @GeneratedId} that an update creating the item must fill, or null. */
  private final String idToFill;
  private final Update update;

  private LifecycleUpdate(LifecycleSpec spec, String idToFill, Update update) {
    this.spec = spec;
    this.idToFill = idToFill;
    this.update = update;
  }

  /**
   * Checks a caller's update against a table's lifecycle.
   *
   * @param tableName the table, prefix included, for messages
   * @param metadata the table's metadata
   * @param update the caller's update
   * @return the update, ready to be stamped once per request
   * @throws IllegalArgumentException when the update changes an attribute the lifecycle sets
   */
  public static LifecycleUpdate of(String tableName, TableMetadata metadata, Update update) {
    Objects.requireNonNull(update, "update");
    LifecycleSpec spec = metadata.lifecycle();
    refuse(tableName, update, spec.generatedIdAttribute(), "@GeneratedId",
        "an item's id is set once, when the item is created");
    refuse(tableName, update, spec.createdAtAttribute(), "@CreatedAt",
        "an update sets it only when it creates the item");
    refuse(tableName, update, spec.updatedAtAttribute(), "@UpdatedAt",
        "every update sets it to the instant of the write");
    refuse(tableName, update, spec.versionAttribute(), "@Version",
        "every update adds 1 to it");
    String id = spec.generatedIdAttribute();
    boolean idIsKey = id != null && (isKey(metadata.partitionKey(), id)
        || isKey(metadata.sortKey(), id));
    return new LifecycleUpdate(spec, idIsKey ? null : id, update);
  }

  /**
   * Whether {@link #stamped} adds anything, so that a table without lifecycle annotations needs
   * no stamp.
   *
   * @return true when the table has {@code @GeneratedId}, {@code @CreatedAt},
   *     {@code @UpdatedAt} or {@code @Version}
   */
  public boolean stamps() {
    return idToFill != null || spec.createdAtAttribute() != null
        || spec.updatedAtAttribute() != null || spec.versionAttribute() != null;
  }

  /**
   * The caller's update with the lifecycle's actions, for one UpdateItem.
   *
   * @param stamp the write's stamp; every request of one call shares its instant, and each gets
   *     its own generated id
   * @return the update to send; the caller's own when there is nothing to add
   */
  public Update stamped(WriteStamp stamp) {
    if (!stamps()) {
      return update;
    }
    Instant now = stamp.now();
    List<UpdateAction> added = new ArrayList<>(4);
    if (spec.updatedAtAttribute() != null) {
      added.add(instant(spec.updatedAtAttribute()).set(now));
    }
    if (spec.createdAtAttribute() != null) {
      added.add(instant(spec.createdAtAttribute()).setIfAbsent(now));
    }
    if (spec.versionAttribute() != null) {
      added.add(new NumberField<Long>(AttributePath.of(spec.versionAttribute()),
          value -> Encoders.number(value.longValue())).add(1L));
    }
    if (idToFill != null) {
      added.add(new StringField(AttributePath.of(idToFill), Encoders::string)
          .setIfAbsent(stamp.newId()));
    }
    return update.and(added.toArray(UpdateAction[]::new));
  }

  private static ComparableField<Instant> instant(String attribute) {
    return new ComparableField<>(AttributePath.of(attribute), Encoders::instant);
  }

  private static boolean isKey(KeyAttribute key, String attribute) {
    return key != null && key.attributeName().equals(attribute);
  }

  private static void refuse(String tableName, Update update, String attribute,
      String annotation, String why) {
    if (attribute == null) {
      return;
    }
    AttributePath path = AttributePath.of(attribute);
    for (UpdateAction action : update.actions()) {
      if (action.path().overlaps(path)) {
        throw new IllegalArgumentException("the update of table '" + tableName + "' changes '"
            + action.path() + "', the " + annotation + " attribute, which Dynabind sets itself ("
            + why + "); save the record to set it yourself; nothing was sent");
      }
    }
  }
}
