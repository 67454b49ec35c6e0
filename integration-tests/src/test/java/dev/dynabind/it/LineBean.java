package dev.dynabind.it;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** The Enhanced Client's view of a nested {@link Line}: a nested bean, stored as M. */
@DynamoDbBean
public class LineBean {
  private String product;
  private int quantity;

  public String getProduct() {
    return product;
  }

  public void setProduct(String product) {
    this.product = product;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }
}
