/**
 * Micrometer metrics for Dynabind: {@link dev.dynabind.micrometer.DynabindMetrics} records every
 * request Dynabind sends as timers and counters.
 */
package dev.dynabind.micrometer;
