/**
 * Bulk export and import of DynamoDB tables: {@link dev.dynabind.io.TableExport} and
 * {@link dev.dynabind.io.TableImport}, in the {@link dev.dynabind.io.Format}s AWS's S3 export
 * and common tools use, with progress, checkpoints to resume from, and a capacity limit.
 */
package dev.dynabind.io;
