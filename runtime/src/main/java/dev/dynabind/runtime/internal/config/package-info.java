/**
 * Internal, not API: configuration and plumbing: settings, the default executor, time, argument checks. May change in any release; neither users nor generated code may use it.
 */
package dev.dynabind.runtime.internal.config;
