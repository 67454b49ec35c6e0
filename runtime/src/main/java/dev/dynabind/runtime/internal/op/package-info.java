/**
 * Internal, not API: the operation pipeline of single requests. Each operation builds its SDK
 * request and turns the response into a result; {@link dev.dynabind.runtime.internal.op.Pipeline}
 * sends it and applies what every request needs: retries of throttling (and of server errors when
 * repeating is safe), the injected sleeper, and translation of service errors into Dynabind's
 * exceptions. May change in any release; neither users nor generated code may use it.
 */
package dev.dynabind.runtime.internal.op;
