package dev.dynabind.bench.codec;

import dev.dynabind.bench.model.Customer;
import dev.dynabind.bench.model.CustomerBean;
import dev.dynabind.bench.model.CustomerCodec;
import dev.dynabind.bench.model.Fixtures;
import dev.dynabind.bench.model.HandWrittenCustomerCodec;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encode and decode of one {@link Customer}: the generated codec, a hand-written one (the floor)
 * and the Enhanced Client's bean schema. Settings come from the command line (see README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmark {
  private Customer customer;
  private CustomerBean bean;
  private Map<String, AttributeValue> item;
  private TableSchema<CustomerBean> beanSchema;

  /** Builds the inputs once; every codec decodes the same stored item. */
  @Setup
  public void setUp() {
    customer = Fixtures.customer(42);
    bean = Fixtures.bean(42);
    beanSchema = TableSchema.fromBean(CustomerBean.class);
    item = CustomerCodec.INSTANCE.encode(customer);
    if (!HandWrittenCustomerCodec.encode(customer).equals(item)
        || !beanSchema.itemToMap(bean, true).equals(item)) {
      throw new IllegalStateException("the three codecs must store the same item");
    }
  }

  /** @return the encoded item */
  @Benchmark
  public Map<String, AttributeValue> dynabindEncode() {
    return CustomerCodec.INSTANCE.encode(customer);
  }

  /** @return the decoded record */
  @Benchmark
  public Customer dynabindDecode() {
    return CustomerCodec.INSTANCE.decode(item);
  }

  /** @return the encoded item */
  @Benchmark
  public Map<String, AttributeValue> handWrittenEncode() {
    return HandWrittenCustomerCodec.encode(customer);
  }

  /** @return the decoded record */
  @Benchmark
  public Customer handWrittenDecode() {
    return HandWrittenCustomerCodec.decode(item);
  }

  /** @return the encoded item */
  @Benchmark
  public Map<String, AttributeValue> beanSchemaEncode() {
    return beanSchema.itemToMap(bean, true);
  }

  /** @return the decoded bean */
  @Benchmark
  public CustomerBean beanSchemaDecode() {
    return beanSchema.mapToItem(item);
  }
}
