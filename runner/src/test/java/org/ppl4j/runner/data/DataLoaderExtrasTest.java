package org.ppl4j.runner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * The extra names a method reads from the data file where the program does not declare them
 * ({@code --method pfn}'s x, y, x_test): read as numbers by their shape, without a warning;
 * a declared name stays a declared input; other undeclared names still warn.
 */
class DataLoaderExtrasTest {

  private static final DataInput N = new DataInput("n", PplType.INT, Optional.empty(),
      new SourceSpan("m.ppl", 1, 6, 1));

  private static ArrayValue reals(double... xs) {
    return new ArrayValue(java.util.Arrays.stream(xs).mapToObj(RealValue::new)
        .map(Value.class::cast).toList());
  }

  @Test
  void extraNamesAreReadByShapeWithoutWarning() {
    DataSet set = DataLoader.parse(List.of(N), "d.json",
        "{\"n\": 2, \"x\": [[1, 2], [3, 4]], \"y\": [0.5, 1], \"x_test\": 7, \"other\": 1}",
        Set.of("x", "y", "x_test", "n"));
    assertEquals(Map.of("x", new ArrayValue(List.of(reals(1, 2), reals(3, 4))),
        "y", reals(0.5, 1), "x_test", new RealValue(7)), set.extras());
    assertEquals(List.of("warning: 'other' in 'd.json' is not a data input of the program "
        + "(ignored)"), set.warnings());
    assertEquals(Set.of("n"), set.values().keySet());
  }

  @Test
  void csvColumnsAreRealArrays() {
    DataSet set = DataLoader.parse(List.of(), "d.csv", "x,y\n1,2\n3,4.5\n", Set.of("x", "y"));
    assertEquals(Map.of("x", reals(1, 3), "y", reals(2, 4.5)), set.extras());
  }

  @Test
  void nonNumericExtraIsAUserErrorAtTheDeepestMismatch() {
    UserError e = assertThrows(UserError.class, () -> DataLoader.parse(List.of(), "d.json",
        "{\"x\": [[1], [2, \"a\"]]}", Set.of("x")));
    assertEquals("'x' in 'd.json' should be a number or an array of numbers (Real, Real[] or "
        + "Real[][]), found a string at x[1][1]", e.getMessage());
  }

  @Test
  void withoutExtraNamesNothingIsRead() {
    DataSet set = DataLoader.parse(List.of(), "d.json", "{\"x\": [1]}");
    assertEquals(Map.of(), set.extras());
    assertEquals(1, set.warnings().size());
  }
}
