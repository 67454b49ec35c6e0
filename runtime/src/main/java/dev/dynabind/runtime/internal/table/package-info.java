/**
 * Internal, not API: what internals know of a table: its binding, item identity and size, the validation of keys and items, table creation and the partition query. May change in any release; neither users nor generated code may use it.
 */
package dev.dynabind.runtime.internal.table;
