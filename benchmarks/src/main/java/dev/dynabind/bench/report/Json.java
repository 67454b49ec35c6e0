package dev.dynabind.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A minimal JSON writer for result files: maps, lists, strings, numbers and booleans. */
public final class Json {
  private Json() {}

  /**
   * Writes a value as indented JSON, creating the parent folder.
   *
   * @param file the target
   * @param value maps (in their iteration order), lists, strings, numbers, booleans or null
   */
  public static void write(Path file, Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value, "");
    out.append('\n');
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One value as compact JSON.
   *
   * @param value the value
   * @return the text
   */
  public static String toJson(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value, null);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value, String indent) {
    String inner = indent == null ? null : indent + "  ";
    String newline = indent == null ? "" : "\n";
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(sep).append(newline).append(inner == null ? "" : inner);
        quote(out, String.valueOf(e.getKey()));
        out.append(indent == null ? ":" : ": ");
        append(out, e.getValue(), inner);
        sep = ",";
      }
      out.append(map.isEmpty() ? "" : newline + (indent == null ? "" : indent)).append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      String sep = "";
      for (Object each : list) {
        out.append(sep).append(newline).append(inner == null ? "" : inner);
        append(out, each, inner);
        sep = ",";
      }
      out.append(list.isEmpty() ? "" : newline + (indent == null ? "" : indent)).append(']');
    } else if (value instanceof Double d) {
      out.append(Math.round(d * 1000.0) / 1000.0);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      quote(out, value.toString());
    }
  }

  private static void quote(StringBuilder out, String s) {
    out.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
