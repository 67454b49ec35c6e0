package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;

/** Records nested three levels deep: company, department, team, person. */
@Table("companies")
public record Company(@Key String id, String name, Department department) {

  /** Level one. */
  public record Department(String name, Team team) {}

  /** Level two. */
  public record Team(String name, Person lead) {}

  /** Level three. */
  public record Person(String name, int age, Color favourite) {}
}
