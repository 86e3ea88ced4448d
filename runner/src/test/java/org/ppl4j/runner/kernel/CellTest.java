package org.ppl4j.runner.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellTest {

  @Test
  void leadingMagicLinesAreSplitOffAndLineNumbersKept() {
    Cell cell = Cell.parse("%method smc --particles 100\n// a comment\n%data flips = [true]\np ~ beta(1, 1)\nreturn p");
    assertEquals(List.of("method smc --particles 100", "data flips = [true]"), cell.magics());
    assertEquals("\n// a comment\n\np ~ beta(1, 1)\nreturn p", cell.program());
    assertEquals("p ~ beta(1, 1)", cell.program().split("\n", -1)[3], "cell line 4 stays line 4");
    assertTrue(cell.hasProgram());
  }

  @Test
  void percentInsideTheProgramIsNotAMagic() {
    Cell cell = Cell.parse("let x = 7\n% 2\nreturn x");
    assertEquals(List.of(), cell.magics());
    assertTrue(cell.program().contains("% 2"));
  }

  @Test
  void magicOnlyCellHasNoProgram() {
    Cell cell = Cell.parse("  %method mh\n\n// nothing else\n");
    assertEquals(List.of("method mh"), cell.magics());
    assertFalse(cell.hasProgram());
  }
}
