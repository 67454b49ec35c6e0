package dev.dynabind.runtime.internal.table;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Page cursors: the start key of the next page, bound to the read it came from and signed.
 *
 * <p>A cursor is base64url (no padding) of: a format byte, the first 16 bytes of the SHA-256 of
 * the read (table, index, key condition, filter with its names and values, order), the start key,
 * and an HMAC-SHA256 of all of that under the entry point's cursor key. A cursor is refused when
 * it does not decode, when its HMAC does not match (altered, or signed with another key), or when
 * it was made for another read. It is signed, not encrypted: whoever holds it can read the key
 * values of the last item of the page it ends.
 */
public final class PageCursors {
  private static final byte FORMAT = 1;
  private static final int READ_HASH_BYTES = 16;
  private static final int MAC_BYTES = 32;
  private static final String HMAC = "HmacSHA256";

  private final SecretKeySpec key;

  /**
   * Cursors signed with a key.
   *
   * @param key at least 16 bytes; copied
   */
  public PageCursors(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), HMAC);
  }

  /**
   * The cursor that continues a read after a start key.
   *
   * @param read what identifies the read, from {@link #readOf}
   * @param startKey the start key of the next page
   * @return an opaque URL-safe string
   */
  public String encode(byte[] read, Map<String, AttributeValue> startKey) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.write(read, 0, READ_HASH_BYTES);
      writeMap(out, startKey);
      out.write(mac(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * The start key of a cursor, once its signature and read are checked.
   *
   * @param cursor the cursor a caller gave back
   * @param read what identifies the read it must belong to
   * @param where the read, for messages, such as {@code table 'dev_orders'}
   * @return the start key
   * @throws IllegalArgumentException when the cursor is malformed, altered, signed with another
   *     key, or made for another read
   */
  public Map<String, AttributeValue> decode(String cursor, byte[] read, String where) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw refused(where, "it is not a page cursor (not base64url)");
    }
    if (bytes.length < 1 + READ_HASH_BYTES + MAC_BYTES || bytes[0] != FORMAT) {
      throw refused(where, "it is not a page cursor of this version of Dynabind");
    }
    byte[] content = Arrays.copyOf(bytes, bytes.length - MAC_BYTES);
    byte[] mac = Arrays.copyOfRange(bytes, bytes.length - MAC_BYTES, bytes.length);
    if (!MessageDigest.isEqual(mac, mac(content))) {
      throw refused(where, "it was altered, or signed with another cursor key than this"
          + " Dynabind's (Dynabind.Builder.cursorKey)");
    }
    if (!Arrays.equals(content, 1, 1 + READ_HASH_BYTES, read, 0, READ_HASH_BYTES)) {
      throw refused(where, "it belongs to another read (another table, index, partition, sort key"
          + " condition, filter or order)");
    }
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(
        content, 1 + READ_HASH_BYTES, content.length - 1 - READ_HASH_BYTES))) {
      return readMap(in);
    } catch (IOException | RuntimeException e) {
      throw refused(where, "it does not hold a start key");
    }
  }

  private static IllegalArgumentException refused(String where, String why) {
    return new IllegalArgumentException("cursor refused for a page of " + where + ": " + why);
  }

  /**
   * What identifies a read for its cursors: a hash of the table, index, key condition, filter,
   * their names and values, and the order; not the projection, page size or consistency, which
   * may change from page to page.
   *
   * @param parts the request's parts, in a fixed order, nulls allowed
   * @param names the expression attribute names, or null
   * @param values the expression attribute values, or null
   * @return the hash
   */
  public static byte[] readOf(List<String> parts, Map<String, String> names,
      Map<String, AttributeValue> values) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (String part : parts) {
        out.writeBoolean(part != null);
        if (part != null) {
          out.writeUTF(part);
        }
      }
      Map<String, String> sortedNames = names == null ? Map.of() : new TreeMap<>(names);
      out.writeInt(sortedNames.size());
      for (Map.Entry<String, String> name : sortedNames.entrySet()) {
        out.writeUTF(name.getKey());
        out.writeUTF(name.getValue());
      }
      writeMap(out, values == null ? Map.of() : values);
      return MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private byte[] mac(byte[] content) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(content);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /** Entries in name order, so one map always writes the same bytes. */
  private static void writeMap(DataOutputStream out, Map<String, AttributeValue> map)
      throws IOException {
    Map<String, AttributeValue> sorted = new TreeMap<>(map);
    out.writeInt(sorted.size());
    for (Map.Entry<String, AttributeValue> entry : sorted.entrySet()) {
      out.writeUTF(entry.getKey());
      writeValue(out, entry.getValue());
    }
  }

  /**
   * Every type a filter value may have, not only key types: a canonical form, unlike
   * {@code AttributeValue.toString()}, which may change between SDK versions.
   */
  private static void writeValue(DataOutputStream out, AttributeValue value) throws IOException {
    switch (value.type()) {
      case S -> text(out, 'S', value.s());
      case N -> text(out, 'N', value.n());
      case B -> binary(out, 'B', value.b());
      case BOOL -> out.writeUTF(value.bool() ? "T" : "F");
      case NUL -> out.writeUTF("0");
      case SS -> texts(out, "SS", value.ss());
      case NS -> texts(out, "NS", value.ns());
      case BS -> {
        out.writeUTF("BS");
        out.writeInt(value.bs().size());
        for (SdkBytes b : value.bs()) {
          binary(out, 'B', b);
        }
      }
      case L -> {
        out.writeUTF("L");
        out.writeInt(value.l().size());
        for (AttributeValue element : value.l()) {
          writeValue(out, element);
        }
      }
      case M -> {
        out.writeUTF("M");
        writeMap(out, value.m());
      }
      default -> throw new IllegalArgumentException("unknown attribute type " + value.type());
    }
  }

  private static void text(DataOutputStream out, char type, String text) throws IOException {
    out.writeUTF(String.valueOf(type));
    byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static void texts(DataOutputStream out, String type, List<String> texts)
      throws IOException {
    out.writeUTF(type);
    out.writeInt(texts.size());
    for (String text : texts) {
      text(out, 'S', text);
    }
  }

  private static void binary(DataOutputStream out, char type, SdkBytes bytes) throws IOException {
    out.writeUTF(String.valueOf(type));
    byte[] raw = bytes.asByteArrayUnsafe();
    out.writeInt(raw.length);
    out.write(raw);
  }

  /** Start keys hold S, N and B values only. */
  private static Map<String, AttributeValue> readMap(DataInputStream in) throws IOException {
    int size = in.readInt();
    if (size < 1 || size > 4) {
      throw new IOException("a start key has 1 to 4 attributes");
    }
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      String name = in.readUTF();
      String type = in.readUTF();
      byte[] raw = new byte[in.readInt()];
      in.readFully(raw);
      map.put(name, switch (type) {
        case "S" -> AttributeValue.fromS(new String(raw, java.nio.charset.StandardCharsets.UTF_8));
        case "N" -> AttributeValue.fromN(new String(raw, java.nio.charset.StandardCharsets.UTF_8));
        case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(raw));
        default -> throw new IOException("a start key holds S, N or B values");
      });
    }
    if (in.available() > 0) {
      throw new IOException("trailing bytes");
    }
    return map;
  }
}
