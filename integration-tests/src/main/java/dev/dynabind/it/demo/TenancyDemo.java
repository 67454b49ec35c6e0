package dev.dynabind.it.demo;

import static dev.dynabind.it.demo.DemoOutput.check;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.Tenancy;
import dev.dynabind.runtime.Tenant;
import dev.dynabind.runtime.TenantRequiredException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Multi-tenancy: two tenants write the same key into one table and never see each other. */
final class TenancyDemo implements DemoPart {

  @Override
  public String title() {
    return "Multi-tenancy: one table, tenants kept apart by a key prefix";
  }

  @Override
  public void run(Dynabind db, DemoOutput out) {
    Dynabind tenanted = Dynabind.builder().client(db.client()).tableNamePrefix("demo_tenants_")
        .requireBatchContext(false).tenancy(Tenancy.keyPrefix()).build();
    WalletRepository wallets = new WalletRepository(tenanted);
    wallets.createTable();
    Tenant.run("acme", () -> wallets.save(new Wallet("ann", 100)));
    Tenant.run("globex", () -> wallets.save(new Wallet("ann", 7)));
    out.line("acme and globex each save(wallet ann): stored keys 'acme#ann' and 'globex#ann'");
    Map<String, AttributeValue> raw = db.client().getItem(r -> r.tableName(wallets.tableName())
        .key(Map.of("id", AttributeValue.fromS("acme#ann")))).item();
    check("100".equals(raw.get("balance").n()), "acme's item is stored under 'acme#ann'");

    Wallet acme = Tenant.call("acme", () -> wallets.get("ann")).orElseThrow();
    Wallet globex = Tenant.call("globex", () -> wallets.get("ann")).orElseThrow();
    out.line("get(ann) as acme -> %s; as globex -> %s", acme, globex);
    check(acme.equals(new Wallet("ann", 100)) && globex.equals(new Wallet("ann", 7)),
        "each tenant reads its own wallet, with the key as it was saved");
    long initech = Tenant.call("initech", () -> wallets.count());
    out.line("count() as initech -> %d", initech);
    check(initech == 0 && Tenant.call("acme", () -> wallets.scan().count()) == 1,
        "scans and counts see only the tenant's items");
    try {
      wallets.get("ann");
      check(false, "a read outside a tenant is refused");
    } catch (TenantRequiredException e) {
      out.line("get(ann) outside a tenant -> TenantRequiredException; nothing sent");
    }
  }
}
