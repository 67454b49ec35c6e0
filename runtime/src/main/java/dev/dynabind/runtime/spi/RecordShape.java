package dev.dynabind.runtime.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The members of a record stored as M, described once per codec and shared by every place the
 * record is stored. Members are supplied lazily because a record may contain itself (a tree node
 * with a list of nodes): its shape must exist before its members can refer to it. Two shapes are
 * equal only when they are the same object, since comparing members could recurse forever.
 */
public final class RecordShape {
  private final String recordName;
  private final Supplier<List<StoredAttribute>> supplier;
  private volatile List<StoredAttribute> members;

  private RecordShape(String recordName, Supplier<List<StoredAttribute>> supplier) {
    this.recordName = Objects.requireNonNull(recordName, "recordName");
    this.supplier = Objects.requireNonNull(supplier, "members");
  }

  /**
   * A record shape whose members are made on first use.
   *
   * @param recordName the record's canonical Java name, for messages
   * @param members makes the members in component order; called at most once after it succeeds
   * @return the shape
   */
  public static RecordShape of(String recordName, Supplier<List<StoredAttribute>> members) {
    return new RecordShape(recordName, members);
  }

  /**
   * The record's canonical Java name.
   *
   * @return the name
   */
  public String recordName() {
    return recordName;
  }

  /**
   * The members in the order of the record's components.
   *
   * @return the members, unmodifiable
   * @throws IllegalArgumentException if the supplier gave two members one stored name, or a key
   */
  public List<StoredAttribute> members() {
    List<StoredAttribute> made = members;
    if (made == null) {
      // Racing threads make equal lists; keeping either is fine, so no lock is needed.
      made = List.copyOf(supplier.get());
      Set<String> names = new HashSet<>();
      for (StoredAttribute member : made) {
        if (!names.add(member.attributeName())) {
          throw new IllegalArgumentException(
              recordName + " has two members stored as '" + member.attributeName() + "'");
        }
        if (member.key()) {
          throw new IllegalArgumentException(
              recordName + " member '" + member.componentName() + "' cannot be a key");
        }
      }
      members = made;
    }
    return made;
  }

  /**
   * The member stored under a name.
   *
   * @param attributeName the stored (attribute) name, not the component name
   * @return the member or empty
   */
  public Optional<StoredAttribute> member(String attributeName) {
    return StoredAttribute.find(members(), attributeName);
  }

  /**
   * Names the record only: its members may contain it.
   *
   * @return {@code RecordShape[<recordName>]}
   */
  @Override
  public String toString() {
    return "RecordShape[" + recordName + "]";
  }
}
