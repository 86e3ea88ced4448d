package org.ppl4j.runner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/** LANGUAGE.md §9.5: the CSV columns {@code X.1 … X.k} give the matrix input {@code X}. */
class CsvMatrixTest {
  private static final PplType REAL_MATRIX = PplType.arrayOf(PplType.arrayOf(PplType.REAL));

  private static DataInput input(String name, PplType type) {
    return new DataInput(name, type, Optional.empty(), new SourceSpan("m.ppl", 1, 6,
        name.length()));
  }

  private static ArrayValue reals(double... xs) {
    return new ArrayValue(java.util.Arrays.stream(xs).mapToObj(RealValue::new)
        .map(Value.class::cast).toList());
  }

  @Test
  void columnsNumberedFromOneMakeAMatrixOneRowPerLine() {
    DataSet set = DataLoader.parse(
        List.of(input("X", REAL_MATRIX), input("y", PplType.arrayOf(PplType.REAL))), "d.csv",
        "X.2,y,X.1,X.3\n2,10,1,3\n5,20,4,6.5\n");
    assertEquals(new ArrayValue(List.of(reals(1, 2, 3), reals(4, 5, 6.5))),
        set.values().get("X"), "columns ordered by their number, not by the header");
    assertEquals(reals(10, 20), set.values().get("y"));
    assertTrue(set.warnings().isEmpty(), set.warnings().toString());
  }

  @Test
  void intMatrixAndTenOrMoreColumns() {
    StringBuilder header = new StringBuilder();
    StringBuilder row = new StringBuilder();
    for (int j = 1; j <= 11; j++) {
      header.append(j > 1 ? "," : "").append("K.").append(j);
      row.append(j > 1 ? "," : "").append(j * 10);
    }
    DataSet set = DataLoader.parse(
        List.of(input("K", PplType.arrayOf(PplType.arrayOf(PplType.INT)))), "d.csv",
        header + "\n" + row + "\n");
    ArrayValue k = (ArrayValue) set.values().get("K");
    ArrayValue first = (ArrayValue) k.elements().get(0);
    assertEquals(11, first.elements().size());
    assertEquals(new IntValue(20), first.elements().get(1), "K.2, not K.10, is column 1");
    assertEquals(new IntValue(110), first.elements().get(10));
  }

  @Test
  void undeclaredMatrixWarnsOnceByItsName() {
    DataSet set = DataLoader.parse(List.of(), "d.csv", "Z.1,Z.2\n1,2\n");
    assertEquals(List.of("warning: 'Z' in 'd.csv' is not a data input of the program (ignored)"),
        set.warnings());
  }

  @Test
  void aGapInTheNumberingNamesTheMissingColumn() {
    UserError.Located gap = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("X", REAL_MATRIX)), "d.csv", "X.1,X.3\n1,2\n"));
    assertTrue(gap.diagnostic().message().contains("X.2 is missing"),
        gap.diagnostic().message());
    assertTrue(gap.diagnostic().message().startsWith("data 'X' should be Real[][]"),
        gap.diagnostic().message());
  }

  @Test
  void aBadCellNamesRowColumnAndLine() {
    UserError.Located bad = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("X", REAL_MATRIX)), "d.csv", "X.1,X.2\n1,2\n3,abc\n"));
    assertEquals("data 'X' should be Real[][], found 'abc' at X[1][1] (column X.2, line 3 of "
        + "'d.csv')", bad.diagnostic().message());
  }

  @Test
  void aMatrixDeclaredAsAVectorSaysHowToDeclareIt() {
    UserError.Located vector = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("X", PplType.arrayOf(PplType.REAL))), "d.csv",
            "X.1,X.2\n1,2\n"));
    assertTrue(vector.diagnostic().message().contains("declare it as Real[][] or Int[][]"),
        vector.diagnostic().message());
  }
}
