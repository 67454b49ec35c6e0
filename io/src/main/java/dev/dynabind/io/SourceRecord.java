package dev.dynabind.io;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One record read from an import file: its item, or why it does not fit.
 *
 * @param number the record's number in the file, from 1
 * @param line the line it starts on, from 1
 * @param item the item, or null when the record does not fit
 * @param problem why it does not fit, or null
 */
record SourceRecord(long number, long line, Map<String, AttributeValue> item,
    LineException problem) {}
