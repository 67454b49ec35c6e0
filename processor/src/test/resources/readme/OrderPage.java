package shop;

import java.util.List;

/** What the README's request handler returns; the README uses it without showing it. */
public record OrderPage(User user, List<Order> orders) {}
