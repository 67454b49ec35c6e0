/**
 * The {@code dynabind} command-line tool: {@link dev.dynabind.cli.Main}.
 */
package dev.dynabind.cli;
