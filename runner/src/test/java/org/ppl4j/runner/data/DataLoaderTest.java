package org.ppl4j.runner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.Value;

class DataLoaderTest {
  private static final SourceSpan FLIPS_SPAN = new SourceSpan("coin.ppl", 2, 6, 5);

  private static DataInput input(String name, PplType type) {
    return new DataInput(name, type, Optional.empty(), new SourceSpan("m.ppl", 1, 6, name.length()));
  }

  private static ArrayValue reals(double... xs) {
    return new ArrayValue(java.util.Arrays.stream(xs).mapToObj(RealValue::new)
        .map(Value.class::cast).toList());
  }

  @Test
  void readsEveryTypeFromJson() {
    PplType point = new PplType.RecordType(new java.util.LinkedHashMap<>(
        Map.of("x", PplType.REAL)));
    List<DataInput> inputs = List.of(
        input("flips", PplType.arrayOf(PplType.BOOL)),
        input("xs", PplType.arrayOf(PplType.REAL)),
        input("n", PplType.INT),
        input("m", PplType.arrayOf(PplType.arrayOf(PplType.REAL))),
        input("label", PplType.STRING),
        input("p", point));
    DataSet set = DataLoader.parse(inputs, "d.json", """
        {"flips": [true, false], "xs": [1, 2.5], "n": 3, "m": [[1, 2], [3, 4.5]],
         "label": "hi", "p": {"x": 0.5}}""");
    Map<String, Value> v = set.values();
    assertEquals(new ArrayValue(List.of(BoolValue.TRUE, BoolValue.FALSE)), v.get("flips"));
    assertEquals(reals(1, 2.5), v.get("xs"), "an Int is accepted where a Real is expected");
    assertEquals(new IntValue(3), v.get("n"));
    assertEquals(new ArrayValue(List.of(reals(1, 2), reals(3, 4.5))), v.get("m"));
    assertEquals(new StringValue("hi"), v.get("label"));
    assertEquals(new RecordValue(Map.of("x", new RealValue(0.5))), v.get("p"));
    assertTrue(set.warnings().isEmpty());
  }

  @Test
  void typeMismatchNamesInputTypeAndPlaceAtTheDeclaration() {
    DataInput flips = new DataInput("flips", PplType.arrayOf(PplType.BOOL), Optional.empty(),
        FLIPS_SPAN);
    UserError.Located e = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(flips), "flips.json", "{\"flips\": [true, false, true, 1]}"));
    assertEquals(FLIPS_SPAN, e.diagnostic().span());
    assertEquals("data 'flips' should be Bool[], found a number at flips[3] in 'flips.json'",
        e.diagnostic().message());
  }

  @Test
  void wholeValueOfTheWrongShapeHasNoPath() {
    UserError.Located e = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("xs", PplType.arrayOf(PplType.REAL))), "d.json",
            "{\"xs\": 3}"));
    assertEquals("data 'xs' should be Real[], found a number in 'd.json'", e.diagnostic().message());
  }

  @Test
  void nonIntegerForIntIsAnError() {
    UserError.Located e = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("n", PplType.INT)), "d.json", "{\"n\": 2.5}"));
    assertEquals("data 'n' should be Int, found the non-integer number 2.5 in 'd.json'",
        e.diagnostic().message());
  }

  @Test
  void numbersThatOverflowAreRejectedAtLoadTime() {
    // issue 20, finding 11: 1e999 used to load as infinity and fail later as "zero weight"
    UserError.Located real = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("xs", PplType.arrayOf(PplType.REAL))), "d.json",
            "{\"xs\": [1.0, -1e999]}"));
    assertEquals("data 'xs' should be Real[], found a number too large for a Real (beyond"
        + " 1.8e308) at xs[1] in 'd.json'", real.diagnostic().message());
    UserError.Located integer = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("n", PplType.INT)), "d.json", "{\"n\": 1e999}"));
    assertEquals("data 'n' should be Int, found a number too large for an Int in 'd.json'",
        integer.diagnostic().message());
    UserError.Located csv = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("xs", PplType.arrayOf(PplType.REAL))), "d.csv",
            "xs\n1.0\n1e999\n"));
    assertTrue(csv.diagnostic().message().startsWith(
        "data 'xs' should be Real[], found the number '1e999', too large for a Real at xs[1]"),
        csv.diagnostic().message());
  }

  @Test
  void recordFieldsAreCheckedByName() {
    PplType point = new PplType.RecordType(Map.of("x", PplType.REAL));
    UserError.Located missing = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("ps", PplType.arrayOf(point))), "d.json",
            "{\"ps\": [{\"x\": 1}, {\"y\": 2}]}"));
    assertEquals("data 'ps' should be {x: Real}[], found an object without field 'x' at ps[1] in 'd.json'",
        missing.diagnostic().message());
    UserError.Located nested = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("p", point)), "d.json", "{\"p\": {\"x\": \"a\"}}"));
    assertEquals("data 'p' should be {x: Real}, found a string at p.x in 'd.json'",
        nested.diagnostic().message());
  }

  @Test
  void missingInputWithoutDefaultIsAnErrorAndDefaultsFillIn() {
    DataInput withDefault = new DataInput("k", PplType.INT, Optional.of(new IntValue(7)),
        new SourceSpan("m.ppl", 2, 6, 1));
    DataSet set = DataLoader.parse(List.of(withDefault), "d.json", "{}");
    assertEquals(new IntValue(7), set.values().get("k"));
    UserError.Located e = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("y", PplType.REAL)), "d.json", "{}"));
    assertEquals("data 'y' is missing from 'd.json' and has no default",
        e.diagnostic().message());
    UserError.Located none = assertThrows(UserError.Located.class, () ->
        DataLoader.load(List.of(input("y", PplType.REAL)), Optional.empty()));
    assertEquals("data 'y' has no value: give it in a data file with --data",
        none.diagnostic().message());
  }

  @Test
  void undeclaredKeysGiveOneWarningEach() {
    DataSet set = DataLoader.parse(List.of(input("n", PplType.INT)), "d.json",
        "{\"n\": 1, \"extra\": 2}");
    assertEquals(List.of("warning: 'extra' in 'd.json' is not a data input of the program "
        + "(ignored)"), set.warnings());
  }

  @Test
  void malformedJsonIsAUserErrorWithItsPosition() {
    UserError.Located e = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(), "d.json", "{\"n\": 1,\n }"));
    assertEquals(new SourceSpan("d.json", 2, 2, 1), e.diagnostic().span());
    assertTrue(e.diagnostic().message().startsWith("not valid JSON: unexpected character"),
        e.diagnostic().message());
    UserError notObject = assertThrows(UserError.class, () ->
        DataLoader.parse(List.of(), "d.json", "[1, 2]"));
    assertEquals("data file 'd.json' must hold a JSON object whose keys are the data names, "
        + "found an array", notObject.getMessage());
    UserError duplicate = assertThrows(UserError.class, () ->
        DataLoader.parse(List.of(), "d.json", "{\"a\": 1, \"a\": 2}"));
    assertTrue(duplicate.getMessage().contains("'a'"), duplicate.getMessage());
  }

  @Test
  void textAfterTheJsonObjectIsAnErrorAtItsFirstCharacter() {
    // JsonTreeReader (the streaming reader that replaced ObjectMapper.readTree) refuses it too
    UserError.Located trailing = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(), "d.json", "{\"a\": 1}\n  {\"b\": 2}"));
    assertEquals("not valid JSON: more text after the end of the JSON value",
        trailing.diagnostic().message());
    assertEquals(2, trailing.diagnostic().span().line());
    assertEquals(3, trailing.diagnostic().span().column());
  }

  @Test
  void nanInfinityAndEmptyJsonAreNamedWithoutParserJargon() {
    UserError.Located nan = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(), "d.json", "{\"x\": NaN}"));
    assertEquals("not valid JSON: 'NaN' is not a JSON number (JSON has no NaN or Infinity;"
        + " give a finite number)", nan.diagnostic().message());
    UserError.Located inf = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(), "d.json", "{\"x\": [1, -Infinity]}"));
    assertTrue(inf.diagnostic().message().contains("'-Infinity' is not a JSON number"),
        inf.diagnostic().message());
    UserError.Located open = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(), "d.json", "{\"x\": 1"));
    assertFalse(open.getMessage().contains("Source") || open.getMessage().contains("`"),
        open.getMessage());
    UserError empty = assertThrows(UserError.class, () ->
        DataLoader.parse(List.of(), "d.json", " \n"));
    assertEquals("data file 'd.json' is empty; it must hold a JSON object whose keys are the "
        + "data names", empty.getMessage());
  }

  @Test
  void malformedCsvIsReportedAtItsLine() {
    UserError.Located quote = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(), "d.csv", "a,b\n1,\"open\n"));
    assertEquals(new SourceSpan("d.csv", 2, 1, Integer.MAX_VALUE), quote.diagnostic().span());
    assertEquals("not valid CSV: a quoted cell has no closing '\"' before the end of the file",
        quote.diagnostic().message());
    UserError.Located junk = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(), "d.csv", "a,b\n1,2\n3,\"x\"y\n"));
    assertEquals(3, junk.diagnostic().span().line());
  }

  @Test
  void csvColumnsAreArraysOfTheDeclaredElementType() {
    List<DataInput> inputs = List.of(
        input("x", PplType.arrayOf(PplType.REAL)),
        input("y", PplType.arrayOf(PplType.BOOL)),
        input("k", PplType.arrayOf(PplType.INT)),
        input("name", PplType.arrayOf(PplType.STRING)));
    DataSet set = DataLoader.parse(inputs, "d.csv",
        "x,y,k,name\n1.5,true,3,\"a, b\"\n-2,FALSE,-4,c\n");
    assertEquals(reals(1.5, -2), set.values().get("x"));
    assertEquals(new ArrayValue(List.of(BoolValue.TRUE, BoolValue.FALSE)), set.values().get("y"));
    assertEquals(new ArrayValue(List.of(new IntValue(3), new IntValue(-4))),
        set.values().get("k"));
    assertEquals(new ArrayValue(List.of(new StringValue("a, b"), new StringValue("c"))),
        set.values().get("name"));
  }

  @Test
  void csvBadCellNamesTheCellAndLine() {
    UserError.Located e = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("y", PplType.arrayOf(PplType.BOOL))), "d.csv",
            "y\ntrue\nyes\n"));
    assertEquals("data 'y' should be Bool[], found 'yes' at y[1] (line 3 of 'd.csv')",
        e.diagnostic().message());
    assertEquals(new ArrayValue(List.of(new IntValue(3), new IntValue(1000))),
        DataLoader.parse(List.of(input("k", PplType.arrayOf(PplType.INT))), "d.csv",
            "k\n3.0\n1e3\n").values().get("k"), "integral decimals are Ints, as in JSON");
    UserError.Located half = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("k", PplType.arrayOf(PplType.INT))), "d.csv",
            "k\n2.5\n"));
    assertEquals("data 'k' should be Int[], found '2.5' at k[0] (line 2 of 'd.csv')",
        half.diagnostic().message());
    UserError.Located hex = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("x", PplType.arrayOf(PplType.REAL))), "d.csv",
            "x\n0x1p3\n"));
    assertEquals("data 'x' should be Real[], found '0x1p3' at x[0] (line 2 of 'd.csv')",
        hex.diagnostic().message());
  }

  @Test
  void csvCannotHoldNestedTypesAndRowsMustMatchTheHeader() {
    UserError.Located nested = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(input("m", PplType.arrayOf(PplType.arrayOf(PplType.REAL)))),
            "d.csv", "m\n1\n"));
    assertTrue(nested.diagnostic().message().startsWith("data 'm' should be Real[][], found a "
        + "CSV column"), nested.diagnostic().message());
    UserError.Located ragged = assertThrows(UserError.Located.class, () ->
        DataLoader.parse(List.of(), "d.csv", "a,b\n1,\"x\ny\"\n3\n"));
    assertEquals(new SourceSpan("d.csv", 4, 1, Integer.MAX_VALUE), ragged.diagnostic().span(),
        "the row's line, after a quoted cell over two lines");
    assertEquals("the row has 1 cell, the header 2", ragged.diagnostic().message());
  }

  @Test
  void unknownExtensionAndMissingFileAreUserErrors(@TempDir Path dir) throws Exception {
    Path txt = Files.writeString(dir.resolve("d.txt"), "{}");
    assertEquals("data file '" + txt + "' must end in .json or .csv",
        assertThrows(UserError.class, () -> DataLoader.load(List.of(), Optional.of(txt)))
            .getMessage());
    Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xE9, '"',
        ':', '1', '}'});
    assertEquals("cannot read data file '" + latin1 + "': it is not UTF-8 text",
        assertThrows(UserError.class, () -> DataLoader.load(List.of(), Optional.of(latin1)))
            .getMessage());
    Path folder = Files.createDirectory(dir.resolve("folder.json"));
    assertEquals("cannot read data file '" + folder + "': it is a directory",
        assertThrows(UserError.class, () -> DataLoader.load(List.of(), Optional.of(folder)))
            .getMessage());
    Path absent = dir.resolve("absent.json");
    assertEquals("cannot read data file '" + absent + "': no such file",
        assertThrows(UserError.class, () -> DataLoader.load(List.of(), Optional.of(absent)))
            .getMessage());
  }
}
