package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynabind.it.Company.Department;
import dev.dynabind.it.Company.Person;
import dev.dynabind.it.Company.Team;
import dev.dynabind.testing.DynamoDbExtension;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
class NestedRecordTest {
  private final DynamoDbClient client;
  private CompanyRepository companies;

  NestedRecordTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTable() {
    companies = new CompanyRepository(Databases.fresh(client));
    companies.createTable();
  }

  @Test
  void recordsNestedThreeLevelsDeepReadBackEqual() {
    Company saved = new Company("co-1", "Acme",
        new Department("R&D", new Team("Storage", new Person("Ada", 36, Color.BLUE))));
    companies.save(saved);

    assertEquals(saved, companies.get("co-1").orElseThrow());
  }

  @Test
  void nestedRecordsAreStoredAsNestedMaps() {
    companies.save(new Company("co-2", "Acme",
        new Department("R&D", new Team("Storage", new Person("Ada", 36, Color.BLUE)))));

    Map<String, AttributeValue> person = Raw.get(client, companies.tableName(), "co-2")
        .get("department").m().get("team").m().get("lead").m();

    assertEquals("Ada", person.get("name").s());
    assertEquals("36", person.get("age").n());
    assertEquals("BLUE", person.get("favourite").s());
  }

  @Test
  void nullNestedRecordsAreNotStoredAtAnyLevel() {
    Company saved = new Company("co-3", null, new Department(null, new Team("Solo", null)));
    companies.save(saved);

    Map<String, AttributeValue> department = Raw.get(client, companies.tableName(), "co-3")
        .get("department").m();
    assertFalse(department.containsKey("name"));
    assertFalse(department.get("team").m().containsKey("lead"));

    Company read = companies.get("co-3").orElseThrow();
    assertEquals(saved, read);
    assertNull(read.department().team().lead());
  }

  @Test
  void nestedRecordWithNoComponentsSetIsStoredAsAnEmptyMapAndReadsBackAllNull() {
    Company saved = new Company("co-4", "Empty", new Department(null, null));
    companies.save(saved);

    assertEquals(Map.of(), Raw.get(client, companies.tableName(), "co-4").get("department").m());
    assertEquals(saved, companies.get("co-4").orElseThrow());
  }
}
