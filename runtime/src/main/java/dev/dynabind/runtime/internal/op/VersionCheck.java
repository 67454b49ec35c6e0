package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.VersionConflictException;
import dev.dynabind.runtime.expression.AttributePath;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.NumberField;
import dev.dynabind.runtime.internal.expr.ExpressionWriter;
import dev.dynabind.runtime.spi.Encoders;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The optimistic-locking condition of a put to a {@code @Version} table, in the format of the
 * Enhanced Client's {@code VersionedRecordExtension}: the codec has already advanced the version
 * in the item to the one the put stores, so the version read is that minus one; 0 means a new
 * item, conditioned on {@code attribute_not_exists(version)}, any other value on
 * {@code version = :read}.
 *
 * @param attribute the stored name of the version attribute
 * @param expected the version the caller read, or null for a new item
 */
public record VersionCheck(String attribute, Long expected) {
  /** Checks the attribute is named. */
  public VersionCheck {
    Objects.requireNonNull(attribute, "attribute");
  }

  /**
   * The check of a put of an item as the codec's {@code beforeWrite} left it.
   *
   * @param metadata the table's metadata
   * @param stored the encoded item the put stores
   * @return the check, or null when the table has no {@code @Version}
   */
  public static VersionCheck of(TableMetadata metadata, Map<String, AttributeValue> stored) {
    String attribute = metadata.lifecycle().versionAttribute();
    if (attribute == null) {
      return null;
    }
    AttributeValue written = stored.get(attribute);
    if (written == null || written.n() == null) {
      // A codec's beforeWrite always stores a version; reaching here is a codec bug.
      throw new IllegalStateException("the codec of table '" + metadata.tableName()
          + "' stores no version in '" + attribute + "'");
    }
    long read = Long.parseLong(written.n()) - 1;
    return new VersionCheck(attribute, read == 0 ? null : read);
  }

  /**
   * The condition, written with the request's expression writer so that it can be combined with
   * other expressions of the request.
   *
   * @param writer the request's writer
   * @return the condition expression
   */
  public WriteCondition condition(ExpressionWriter writer) {
    return condition(writer, null);
  }

  /**
   * The version condition and a caller's condition, both of which must hold.
   *
   * @param writer the request's writer
   * @param also the caller's condition, or null
   * @return the condition expression
   */
  public WriteCondition condition(ExpressionWriter writer, Condition also) {
    NumberField<Long> version = new NumberField<>(AttributePath.of(attribute),
        value -> Encoders.number(value.longValue()));
    Condition condition = expected == null ? version.notExists() : version.eq(expected);
    if (also != null) {
      condition = condition.and(also);
    }
    return new WriteCondition(writer.condition(condition), writer.names(), writer.values(), false);
  }

  /**
   * Whether the stored item DynamoDB returned with a failed condition carries the version this
   * check expected, so that another condition of the request is what failed.
   *
   * @param error the SDK's exception
   * @return true when the version held
   */
  public boolean held(ConditionalCheckFailedException error) {
    if (!error.hasItem()) {
      return false;
    }
    AttributeValue stored = error.item().get(attribute);
    String text = stored == null ? null : stored.n();
    return expected == null ? text == null : String.valueOf(expected).equals(text);
  }

  /**
   * The exception of a put whose condition failed, from the stored item DynamoDB returned
   * ({@code ReturnValuesOnConditionCheckFailure=ALL_OLD}): the versions for the message, and the
   * item for {@code item(repository)}.
   *
   * @param tableName the table, prefix included
   * @param renderedKey the key as messages render it
   * @param error the SDK's exception
   * @return the exception to throw; it chains no SDK exception, which would carry the item in the
   *     cause chain
   */
  public VersionConflictException conflict(String tableName, String renderedKey,
      ConditionalCheckFailedException error) {
    if (!error.hasItem()) {
      // The put asked for the old item, so none returned means none was stored.
      return new VersionConflictException(tableName, renderedKey, expected, null, true);
    }
    AttributeValue stored = error.item().get(attribute);
    Long storedVersion = null;
    if (stored != null && stored.n() != null) {
      try {
        storedVersion = Long.parseLong(stored.n());
      } catch (NumberFormatException notALong) {
        // A version written by other software that is not a whole number: reported as unknown.
        return new VersionConflictException(tableName, renderedKey, expected, null, false,
            error.item());
      }
    }
    return new VersionConflictException(tableName, renderedKey, expected, storedVersion, true,
        error.item());
  }
}
