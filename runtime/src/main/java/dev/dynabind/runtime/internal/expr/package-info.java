/**
 * Not API. The expression writer and its placeholder allocator: every expression of a request
 * is compiled here, so that parts from different sources share one request.
 */
package dev.dynabind.runtime.internal.expr;
