package dev.dynabind.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The Enhanced Client's view of a {@link Scalars} item, property for component. */
@DynamoDbBean
public class ScalarsBean {
  private String id;
  private String text;
  private boolean flag;
  private Boolean flagBox;
  private char letter;
  private Character letterBox;
  private byte tiny;
  private Byte tinyBox;
  private short small;
  private Short smallBox;
  private int count;
  private Integer countBox;
  private long big;
  private Long bigBox;
  private float ratio;
  private Float ratioBox;
  private double precise;
  private Double preciseBox;
  private BigDecimal amount;
  private BigInteger huge;
  private byte[] raw;
  private SdkBytes blob;
  private UUID uuid;
  private Color color;

  @DynamoDbPartitionKey
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean getFlag() {
    return flag;
  }

  public void setFlag(boolean flag) {
    this.flag = flag;
  }

  public Boolean getFlagBox() {
    return flagBox;
  }

  public void setFlagBox(Boolean flagBox) {
    this.flagBox = flagBox;
  }

  public char getLetter() {
    return letter;
  }

  public void setLetter(char letter) {
    this.letter = letter;
  }

  public Character getLetterBox() {
    return letterBox;
  }

  public void setLetterBox(Character letterBox) {
    this.letterBox = letterBox;
  }

  public byte getTiny() {
    return tiny;
  }

  public void setTiny(byte tiny) {
    this.tiny = tiny;
  }

  public Byte getTinyBox() {
    return tinyBox;
  }

  public void setTinyBox(Byte tinyBox) {
    this.tinyBox = tinyBox;
  }

  public short getSmall() {
    return small;
  }

  public void setSmall(short small) {
    this.small = small;
  }

  public Short getSmallBox() {
    return smallBox;
  }

  public void setSmallBox(Short smallBox) {
    this.smallBox = smallBox;
  }

  public int getCount() {
    return count;
  }

  public void setCount(int count) {
    this.count = count;
  }

  public Integer getCountBox() {
    return countBox;
  }

  public void setCountBox(Integer countBox) {
    this.countBox = countBox;
  }

  public long getBig() {
    return big;
  }

  public void setBig(long big) {
    this.big = big;
  }

  public Long getBigBox() {
    return bigBox;
  }

  public void setBigBox(Long bigBox) {
    this.bigBox = bigBox;
  }

  public float getRatio() {
    return ratio;
  }

  public void setRatio(float ratio) {
    this.ratio = ratio;
  }

  public Float getRatioBox() {
    return ratioBox;
  }

  public void setRatioBox(Float ratioBox) {
    this.ratioBox = ratioBox;
  }

  public double getPrecise() {
    return precise;
  }

  public void setPrecise(double precise) {
    this.precise = precise;
  }

  public Double getPreciseBox() {
    return preciseBox;
  }

  public void setPreciseBox(Double preciseBox) {
    this.preciseBox = preciseBox;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public BigInteger getHuge() {
    return huge;
  }

  public void setHuge(BigInteger huge) {
    this.huge = huge;
  }

  public byte[] getRaw() {
    return raw;
  }

  public void setRaw(byte[] raw) {
    this.raw = raw;
  }

  public SdkBytes getBlob() {
    return blob;
  }

  public void setBlob(SdkBytes blob) {
    this.blob = blob;
  }

  public UUID getUuid() {
    return uuid;
  }

  public void setUuid(UUID uuid) {
    this.uuid = uuid;
  }

  public Color getColor() {
    return color;
  }

  public void setColor(Color color) {
    this.color = color;
  }
}
