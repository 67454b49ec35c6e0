package dev.dynabind.bench.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * {@link Customer} as a mutable bean for {@code TableSchema.fromBean}: the same attribute names
 * and, for the Enhanced Client's default converters, the same stored types.
 */
@DynamoDbBean
public class CustomerBean {
  private String id;
  private String email;
  private String nickname;
  private Integer age;
  private Long visits;
  private Boolean verified;
  private Status status;
  private Instant createdAt;
  private BigDecimal balance;
  private List<String> tags;
  private Map<String, String> attributes;
  private AddressBean address;

  /** @return id */
  @DynamoDbPartitionKey
  public String getId() {
    return id;
  }

  /** @param id id */
  public void setId(String id) {
    this.id = id;
  }

  /** @return email */
  public String getEmail() {
    return email;
  }

  /** @param email email */
  public void setEmail(String email) {
    this.email = email;
  }

  /** @return nickname */
  public String getNickname() {
    return nickname;
  }

  /** @param nickname nickname */
  public void setNickname(String nickname) {
    this.nickname = nickname;
  }

  /** @return age */
  public Integer getAge() {
    return age;
  }

  /** @param age age */
  public void setAge(Integer age) {
    this.age = age;
  }

  /** @return visits */
  public Long getVisits() {
    return visits;
  }

  /** @param visits visits */
  public void setVisits(Long visits) {
    this.visits = visits;
  }

  /** @return verified */
  public Boolean getVerified() {
    return verified;
  }

  /** @param verified verified */
  public void setVerified(Boolean verified) {
    this.verified = verified;
  }

  /** @return status */
  public Status getStatus() {
    return status;
  }

  /** @param status status */
  public void setStatus(Status status) {
    this.status = status;
  }

  /** @return createdAt */
  public Instant getCreatedAt() {
    return createdAt;
  }

  /** @param createdAt createdAt */
  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  /** @return balance */
  public BigDecimal getBalance() {
    return balance;
  }

  /** @param balance balance */
  public void setBalance(BigDecimal balance) {
    this.balance = balance;
  }

  /** @return tags */
  public List<String> getTags() {
    return tags;
  }

  /** @param tags tags */
  public void setTags(List<String> tags) {
    this.tags = tags;
  }

  /** @return attributes */
  public Map<String, String> getAttributes() {
    return attributes;
  }

  /** @param attributes attributes */
  public void setAttributes(Map<String, String> attributes) {
    this.attributes = attributes;
  }

  /** @return address */
  public AddressBean getAddress() {
    return address;
  }

  /** @param address address */
  public void setAddress(AddressBean address) {
    this.address = address;
  }
}
