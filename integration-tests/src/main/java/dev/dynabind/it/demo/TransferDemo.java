package dev.dynabind.it.demo;

import static dev.dynabind.it.demo.DemoOutput.check;
import static dev.dynabind.it.demo.WalletAttributes.balance;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.Transaction;
import dev.dynabind.runtime.TransactionCanceledException;
import dev.dynabind.runtime.expression.Update;

/** A transfer between two wallets in one transaction: conditional, and idempotent on retry. */
final class TransferDemo implements DemoPart {

  @Override
  public String title() {
    return "Transactions: a conditional transfer, retried idempotently";
  }

  @Override
  public void run(Dynabind db, DemoOutput out) {
    WalletRepository wallets = new WalletRepository(db);
    wallets.createTable();
    wallets.save(new Wallet("ann", 100));
    wallets.save(new Wallet("bob", 0));

    Transaction transfer = db.transaction()
        .update(wallets, "ann", Update.of(balance.add(-30L)), balance.ge(30L))
        .update(wallets, "bob", Update.of(balance.add(30L)))
        .idempotencyToken("transfer-0001");
    transfer.commit();
    out.line("transfer 30 ann -> bob (token transfer-0001) -> committed");
    // A client that did not see the answer sends the same transaction again: DynamoDB applies a
    // token once within 10 minutes, so the money moves once.
    transfer.commit();
    long ann = wallets.get("ann").orElseThrow().balance();
    long bob = wallets.get("bob").orElseThrow().balance();
    out.line("the same commit again -> no change: ann=%d bob=%d", ann, bob);
    check(ann == 70 && bob == 30, "a repeated commit with the same token applied once");

    try {
      db.transaction()
          .update(wallets, "ann", Update.of(balance.add(-500L)), balance.ge(500L))
          .update(wallets, "bob", Update.of(balance.add(500L)))
          .commit();
      check(false, "a transfer of more than ann has fails");
    } catch (TransactionCanceledException e) {
      TransactionCanceledException.Action failed = e.failedActions().get(0);
      out.line("transfer 500 ann -> bob -> canceled: action %d %s, ann had %d", failed.index(),
          failed.reason(), failed.item(wallets).orElseThrow().balance());
      check(failed.index() == 0
          && failed.reason() == TransactionCanceledException.Reason.CONDITION_FAILED,
          "the cancellation names the debit's failed condition");
    }
    check(wallets.get("bob").orElseThrow().balance() == 30, "the canceled transfer left bob as he was");
  }
}
