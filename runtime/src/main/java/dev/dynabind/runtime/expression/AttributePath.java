package dev.dynabind.runtime.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The path of an attribute inside an item: a top-level name followed by map keys and list
 * indexes, such as {@code address.city} or {@code lines[2].sku}. Immutable.
 *
 * <p>A path is only a description; expressions never contain its text. The expression writer
 * turns every name into a {@code #name} placeholder, so names that are reserved words or contain
 * dots are safe.
 */
public final class AttributePath {
  /** A name, or an index when {@code name} is null. */
  private record Segment(String name, int index) {}

  private final List<Segment> segments;

  private AttributePath(List<Segment> segments) {
    this.segments = segments;
  }

  /**
   * A top-level attribute.
   *
   * @param name the stored attribute name
   * @return the path
   * @throws IllegalArgumentException when the name is null or empty
   */
  public static AttributePath of(String name) {
    return new AttributePath(List.of(new Segment(checkName(name), -1)));
  }

  /**
   * A map key or nested record attribute below this path.
   *
   * @param name the key or stored attribute name
   * @return the longer path
   * @throws IllegalArgumentException when the name is null or empty
   */
  public AttributePath child(String name) {
    return append(new Segment(checkName(name), -1));
  }

  /**
   * A list element below this path.
   *
   * @param index the element's position, from 0
   * @return the longer path
   * @throws IllegalArgumentException when the index is negative
   */
  public AttributePath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("List index must not be negative: " + index);
    }
    return append(new Segment(null, index));
  }

  /**
   * How many segments the path has; a top-level attribute has one.
   *
   * @return the number of names and indexes
   */
  public int length() {
    return segments.size();
  }

  /**
   * Whether a segment is a list index.
   *
   * @param i the segment's position, from 0
   * @return true for an index, false for a name
   */
  public boolean isIndex(int i) {
    return segments.get(i).name() == null;
  }

  /**
   * The name at a segment.
   *
   * @param i the segment's position, from 0
   * @return the name, or null when the segment is an index
   */
  public String nameAt(int i) {
    return segments.get(i).name();
  }

  /**
   * The list index at a segment.
   *
   * @param i the segment's position, from 0
   * @return the index, or -1 when the segment is a name
   */
  public int indexAt(int i) {
    return segments.get(i).index();
  }

  /**
   * Whether one of the two paths is the other or lies inside it ({@code a} and {@code a.b}), so
   * that DynamoDB refuses both in one update expression.
   *
   * @param other another path
   * @return true when they overlap
   */
  public boolean overlaps(AttributePath other) {
    int n = Math.min(length(), other.length());
    return segments.subList(0, n).equals(other.segments.subList(0, n));
  }

  private AttributePath append(Segment segment) {
    List<Segment> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new AttributePath(Collections.unmodifiableList(longer));
  }

  private static String checkName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("Attribute name must not be null or empty");
    }
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributePath other && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(segments);
  }

  /** The path as DynamoDB documents write it: {@code lines[2].sku}. Names only, no values. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      if (segment.name() == null) {
        out.append('[').append(segment.index()).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(segment.name());
      }
    }
    return out.toString();
  }
}
