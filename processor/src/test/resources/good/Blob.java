package shop;

import dev.dynabind.Key;
import dev.dynabind.Table;

@Table("blobs")
public record Blob(@Key byte[] id, byte[] data) {}
