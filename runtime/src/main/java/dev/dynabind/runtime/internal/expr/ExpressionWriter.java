package dev.dynabind.runtime.internal.expr;

import dev.dynabind.runtime.SortKey;
import dev.dynabind.runtime.expression.AttributePath;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.ExpressionSink;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableMetadata;
import dev.dynabind.runtime.spi.ValueEncoder;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Compiles the expressions of one request (key condition, filter, condition, update,
 * projection) with one {@link PlaceholderAllocator}, so that any of them combine without
 * clashing placeholders:
 *
 * <pre>{@code
 * ExpressionWriter w = new ExpressionWriter("id", null);
 * String condition = w.condition(userCondition.and(lockCondition));
 * String changes = w.update(update);
 * request.conditionExpression(condition).updateExpression(changes)
 *     .expressionAttributeNames(w.names()).expressionAttributeValues(w.valuesOrNull());
 * }</pre>
 *
 * <p>Attribute names never appear in the text, only their placeholders, so reserved words and
 * names with dots or spaces are safe. Every part written adds its placeholders to the request,
 * and DynamoDB refuses placeholders that no expression uses: write only the parts that are sent.
 * Not thread-safe; one writer per request.
 */
public final class ExpressionWriter {
  private final String partitionKey;
  private final String sortKey;
  private final PlaceholderAllocator placeholders = new PlaceholderAllocator();
  private final ExpressionSink sink = new Sink();

  /**
   * A writer for a request on one table.
   *
   * @param partitionKey the stored name of the table's partition key
   * @param sortKey the stored name of its sort key, or null when it has none
   */
  public ExpressionWriter(String partitionKey, String sortKey) {
    this.partitionKey = Objects.requireNonNull(partitionKey, "partitionKey");
    this.sortKey = sortKey;
  }

  /**
   * A writer for a request on a table described by its metadata, so that
   * {@link Condition#ifAbsent()} and {@link Condition#ifPresent()} resolve to its partition key.
   *
   * @param metadata the table's metadata
   * @return a new writer
   */
  public static ExpressionWriter forTable(TableMetadata metadata) {
    KeyAttribute sort = metadata.sortKey();
    return new ExpressionWriter(metadata.partitionKey().attributeName(),
        sort == null ? null : sort.attributeName());
  }

  /**
   * A key condition of a query: one partition and, optionally, a sort key condition.
   *
   * @param partition the encoded partition key
   * @param sort the sort key condition, or null for the whole partition
   * @param sortEncoder encodes the condition's values as the codec stores the sort key
   * @param <S> the sort key type
   * @return the {@code KeyConditionExpression}
   * @throws IllegalArgumentException for a sort key condition on a table without a sort key
   */
  public <S> String keyCondition(AttributeValue partition, SortKey<S> sort,
      ValueEncoder<S> sortEncoder) {
    String text = placeholders.name(partitionKey) + " = " + placeholders.value(partition);
    if (sort == null) {
      return text;
    }
    if (sortKey == null) {
      throw new IllegalArgumentException("A sort key condition needs a table with a sort key");
    }
    String name = placeholders.name(sortKey);
    String value = placeholders.value(sortEncoder.encode(sort.value()));
    return text + " AND " + switch (sort.operator()) {
      case BEGINS_WITH -> "begins_with(" + name + ", " + value + ")";
      case BETWEEN -> name + " BETWEEN " + value + " AND "
          + placeholders.value(sortEncoder.encode(sort.upper()));
      default -> name + " " + sort.operator().symbol() + " " + value;
    };
  }

  /**
   * A condition or filter.
   *
   * @param condition the condition
   * @return the {@code ConditionExpression} or {@code FilterExpression}
   */
  public String condition(Condition condition) {
    return Objects.requireNonNull(condition, "condition").toExpression(sink);
  }

  /**
   * The filter of a read that must never return some items: the caller's filter, if any, and
   * {@code attribute_not_exists} on every attribute that only the hidden items carry (the lock
   * items of a {@code @LockedBy} table carry attributes no record may have). DynamoDB has no
   * {@code ends_with}, so a lock item cannot be recognized by its key on the server.
   *
   * @param filter the caller's filter, or null
   * @param absentAttributes stored names of attributes the returned items must lack
   * @return the {@code FilterExpression}, or null when there is nothing to filter
   */
  public String filter(Condition filter, Collection<String> absentAttributes) {
    return filter(filter, absentAttributes, null, null);
  }

  /**
   * A filter as {@link #filter(Condition, Collection)} writes it, keeping also only the items
   * whose {@code attribute} begins with {@code prefix}: a tenant's items.
   *
   * @param filter the caller's filter, or null
   * @param absentAttributes attributes that must be absent
   * @param attribute the attribute that must begin with the prefix, or null for none
   * @param prefix the prefix, or null for none
   * @return the {@code FilterExpression}, or null when there is nothing to filter
   */
  public String filter(Condition filter, Collection<String> absentAttributes, String attribute,
      String prefix) {
    StringJoiner out = new StringJoiner(" AND ");
    boolean more = !absentAttributes.isEmpty() || prefix != null;
    if (filter != null) {
      String user = condition(filter);
      out.add(more ? "(" + user + ")" : user);
    }
    for (String name : absentAttributes) {
      out.add("attribute_not_exists(" + placeholders.name(name) + ")");
    }
    if (prefix != null) {
      out.add("begins_with(" + placeholders.name(attribute) + ", "
          + placeholders.value(AttributeValue.fromS(prefix)) + ")");
    }
    return out.length() == 0 ? null : out.toString();
  }

  /**
   * An update.
   *
   * @param update the update
   * @return the {@code UpdateExpression}
   */
  public String update(Update update) {
    return Objects.requireNonNull(update, "update").toExpression(sink);
  }

  /**
   * A projection: the attributes to read.
   *
   * @param paths at least one path
   * @return the {@code ProjectionExpression}
   * @throws IllegalArgumentException when there are no paths
   */
  public String projection(Collection<AttributePath> paths) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("A projection needs at least one attribute");
    }
    StringJoiner out = new StringJoiner(", ");
    for (AttributePath path : paths) {
      out.add(sink.name(path));
    }
    return out.toString();
  }

  /**
   * The {@code ExpressionAttributeNames} of everything written so far.
   *
   * @return placeholder to name; empty when nothing was written
   */
  public Map<String, String> names() {
    return placeholders.names();
  }

  /**
   * The {@code ExpressionAttributeValues} of everything written so far.
   *
   * @return placeholder to value; empty when no value was written
   */
  public Map<String, AttributeValue> values() {
    return placeholders.values();
  }

  /**
   * The values, or null when there are none: DynamoDB refuses an empty
   * {@code ExpressionAttributeValues} (a projection or {@code attribute_exists} has no values).
   *
   * @return the values or null
   */
  public Map<String, AttributeValue> valuesOrNull() {
    return values().isEmpty() ? null : values();
  }

  /**
   * The names, or null when there are none.
   *
   * @return the names or null
   */
  public Map<String, String> namesOrNull() {
    return names().isEmpty() ? null : names();
  }

  /** Paths become {@code #n0.#n1[2]}: every name a placeholder, indexes as written. */
  private final class Sink implements ExpressionSink {
    @Override
    public String name(AttributePath path) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < path.length(); i++) {
        if (path.isIndex(i)) {
          out.append('[').append(path.indexAt(i)).append(']');
        } else {
          out.append(i == 0 ? "" : ".").append(placeholders.name(path.nameAt(i)));
        }
      }
      return out.toString();
    }

    @Override
    public String value(AttributeValue value) {
      return placeholders.value(value);
    }

    @Override
    public String partitionKey() {
      return placeholders.name(partitionKey);
    }
  }
}
