package org.ppl4j.semantics.posterior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.Value;

class LeavesTest {

  private static String names(List<Leaf> leaves) {
    return leaves.stream().map(l -> l.name() + "=" + l.value() + ":" + l.kind())
        .reduce((a, b) -> a + " " + b).orElse("");
  }

  @Test
  void scalarValueIsNamedByTheRoot() {
    assertEquals("p=0.25:REAL", names(Leaves.flatten("p", new RealValue(0.25))));
    assertEquals("value=3.0:INT", names(Leaves.flatten("value", new IntValue(3))));
    assertEquals("b=1.0:BOOL", names(Leaves.flatten("b", BoolValue.TRUE)));
  }

  @Test
  void recordsNameFieldsArraysIndexAndNestedRecordsJoinWithDot() {
    Map<String, Value> inner = new LinkedHashMap<>();
    inner.put("a", new RealValue(1.5));
    inner.put("flag", BoolValue.FALSE);
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("mu", new RealValue(2.0));
    fields.put("theta", new ArrayValue(List.of(new RealValue(0.1), new IntValue(7))));
    fields.put("nested", new RecordValue(inner));
    fields.put("label", new StringValue("skipped"));
    List<Leaf> leaves = Leaves.flatten("ignored", new RecordValue(fields));
    assertEquals(
        "mu=2.0:REAL theta[0]=0.1:REAL theta[1]=7.0:INT nested.a=1.5:REAL nested.flag=0.0:BOOL",
        names(leaves));
  }

  @Test
  void arrayResultIsIndexedUnderTheRoot() {
    assertEquals("theta[0]=1.0:REAL theta[1]=2.0:REAL",
        names(Leaves.flatten("theta", new ArrayValue(List.of(new RealValue(1), new RealValue(2))))));
  }

  record Line(double slope, int count, boolean flag, double[] ys) {}

  @Test
  void javaDrawsFlattenLikeLanguageValues() {
    assertEquals("value=0.5:REAL", names(Leaves.flatten("value", 0.5)));
    assertEquals("value=4.0:INT", names(Leaves.flatten("value", 4L)));
    assertEquals("value=1.0:BOOL", names(Leaves.flatten("value", true)));
    assertEquals("xs[0]=1.0:INT xs[1]=2.0:INT", names(Leaves.flatten("xs", List.of(1, 2))));
    assertEquals("slope=1.0:REAL count=2.0:INT flag=0.0:BOOL ys[0]=3.0:REAL",
        names(Leaves.flatten("value", new Line(1.0, 2, false, new double[] {3.0}))));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", List.of(new Line(0.0, 1, true, new double[0])));
    assertEquals("a[0].slope=0.0:REAL a[0].count=1.0:INT a[0].flag=1.0:BOOL",
        names(Leaves.flatten("value", map)));
  }

  @Test
  void unknownJavaTypeIsRejectedByName() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Leaves.flatten("value", new Object()));
    assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
  }
}
