package dev.dynabind.runtime.internal;

import dev.dynabind.runtime.TableCodec;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's identity within a batch context: its codec (and so its table and record type) and
 * its encoded key. {@link AttributeValue} has value equality, so equal keys meet.
 *
 * @param codec the table's codec
 * @param key the encoded key attributes
 */
record CacheKey(TableCodec<?, ?> codec, Map<String, AttributeValue> key) {}
