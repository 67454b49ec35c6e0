/**
 * Typed conditions and updates: {@link dev.dynabind.runtime.expression.Condition},
 * {@link dev.dynabind.runtime.expression.Update} and the attribute references that the processor
 * generates per table in {@code <Record>Attributes}. The type of a reference decides which
 * operators exist, so a wrong combination does not compile. Attribute names and values never
 * appear in expression text: the runtime's expression writer puts every one behind a
 * placeholder.
 */
package dev.dynabind.runtime.expression;
