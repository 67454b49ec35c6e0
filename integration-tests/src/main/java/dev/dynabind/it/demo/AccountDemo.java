package dev.dynabind.it.demo;

import static dev.dynabind.it.demo.DemoOutput.check;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.SortKey;
import java.util.List;
import java.util.stream.Collectors;

/** Accounts: a {@code @LockedBy} record with a composite key. */
final class AccountDemo implements DemoPart {

  @Override
  public String title() {
    return "Accounts (@LockedBy): save, read, query an owner's accounts";
  }

  @Override
  public void run(Dynabind db, DemoOutput out) {
    AccountRepository accounts = new AccountRepository(db);
    accounts.save(new Account("ada", "checking", 125_00, "EUR"));
    accounts.save(new Account("ada", "savings", 2_500_00, "EUR"));
    accounts.save(new Account("alan", "checking", 42_00, "GBP"));
    out.line("saved ada/checking, ada/savings, alan/checking");

    Account savings = accounts.get(new AccountKey("ada", "savings")).orElseThrow();
    out.line("get(AccountKey(ada, savings)) -> balance %d %s (cents)", savings.balance(),
        savings.currency());
    check(savings.balance() == 2_500_00, "ada/savings reads back as saved");

    List<String> names = accounts.query("ada").map(Account::name).collect(Collectors.toList());
    out.line("query(\"ada\") -> %s", names);
    check(names.equals(List.of("checking", "savings")), "ada has two accounts");

    List<String> matching = accounts.query("ada", SortKey.beginsWith("sav")).map(Account::name)
        .collect(Collectors.toList());
    out.line("query(\"ada\", beginsWith(\"sav\")) -> %s", matching);
    check(matching.equals(List.of("savings")), "beginsWith finds savings");
  }
}
