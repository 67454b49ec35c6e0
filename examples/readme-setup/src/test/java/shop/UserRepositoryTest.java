package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.DynamoDbExtension;
import dev.dynabind.testing.LocalDynamoDb;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class UserRepositoryTest {
  private final LocalDynamoDb dynamo;
  private final UserRepository users;

  UserRepositoryTest(LocalDynamoDb dynamo) {
    this.dynamo = dynamo;
    Dynabind db = Dynabind.builder()
        .client(dynamo.client())
        .tableNamePrefix(dynamo.tablePrefix())
        .build();
    users = new UserRepository(db);
    users.createTable();
  }

  @Test
  void aSavedUserIsReadBack() {
    users.save(new User("u1", "Ada", 3));
    dynamo.requests().reset();

    assertEquals(Optional.of(new User("u1", "Ada", 3)), users.get("u1"));
    assertEquals(1, dynamo.requests().count("GetItem"));
  }
}
