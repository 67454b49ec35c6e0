package dev.dynabind.bench.model;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** {@link Address} as the Enhanced Client's bean schema wants it. */
@DynamoDbBean
public class AddressBean {
  private String street;
  private String city;
  private String zip;

  /** @return street and number */
  public String getStreet() {
    return street;
  }

  /** @param street street and number */
  public void setStreet(String street) {
    this.street = street;
  }

  /** @return the city */
  public String getCity() {
    return city;
  }

  /** @param city the city */
  public void setCity(String city) {
    this.city = city;
  }

  /** @return the postal code */
  public String getZip() {
    return zip;
  }

  /** @param zip the postal code */
  public void setZip(String zip) {
    this.zip = zip;
  }
}
