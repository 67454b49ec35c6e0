package dev.dynabind.io;

import java.util.OptionalLong;

/**
 * How far an export or import is, reported after every page it wrote (export) or every window of
 * records it wrote (import).
 *
 * @param items items exported, or records of the file done (written or rejected) when importing;
 *     counted from the start, including before a resume
 * @param itemsPerSecond items (records) per second in this run so far
 * @param total the items the export will write, when it counted them first; empty otherwise
 * @param checkpoint what to resume from, describing exactly what is done at this moment
 * @param <C> {@link ExportCheckpoint} or {@link ImportCheckpoint}
 */
public record Progress<C>(long items, double itemsPerSecond, OptionalLong total, C checkpoint) {}
