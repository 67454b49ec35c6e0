package dev.dynabind.it.demo;

import java.math.BigDecimal;

/**
 * One line of an {@link Order}.
 *
 * @param sku the product
 * @param quantity how many
 * @param unitPrice the price of one
 */
public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {}
