package bad;

import static shop.UserAttributes.*;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.runtime.expression.UpdateAction;
import java.util.List;
import java.util.Set;
import shop.User;

/** Every statement misuses a generated reference; each must fail on its own line. */
class AttributeMisuse {
  void misuse() {
    UpdateAction a = roles.add(1);
    UpdateAction b = roles.addAll(Set.of(1));
    UpdateAction c = email.add(1);
    Condition d = active.lt(true);
    UpdateAction e = tags.addAll(List.of("x"));
    UpdateAction f = id.set("other");
    UpdateAction g = id.remove();
    UpdateAction h = age.add("1");
    Condition i = status.lt(User.Status.ACTIVE);
    Condition j = luckyNumbers.contains("seven");
    Update k = Update.of(age.eq(1));
    UpdateAction l = address.city().add(1);
    Condition m = createdAt.gt(java.time.Instant.EPOCH);
  }
}
