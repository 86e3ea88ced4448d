package org.ppl4j.notebook.ijava;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A basekernel kernel with the public methods of IJava's {@code JavaKernel} that
 * {@link PplNotebook} reaches by reflection: {@code getMagics()} and {@code evalRaw(String)}.
 * Variables are a map; a {@code var NAME = ...;} declaration is recorded.
 */
public final class FakeJavaKernel extends BaseKernel {
  private final Magics magics = new Magics();
  private final Map<String, Object> variables;
  final List<String> evaluated = new ArrayList<>();
  final List<DisplayData> displayed = new ArrayList<>();

  FakeJavaKernel(Map<String, Object> variables) {
    this.variables = variables;
  }

  public Magics getMagics() {
    return magics;
  }

  public Object evalRaw(String expr) {
    evaluated.add(expr);
    if (expr.startsWith("var ")) {
      return null;
    }
    if (!variables.containsKey(expr)) {
      throw new IllegalArgumentException("cannot find symbol: variable " + expr);
    }
    return variables.get(expr);
  }

  @Override
  public void display(DisplayData data) {
    displayed.add(data);
  }

  @Override
  public DisplayData eval(String expr) {
    throw new UnsupportedOperationException("the tests call magics directly");
  }

  @Override
  public LanguageInfo getLanguageInfo() {
    return new LanguageInfo("java", "17", "text/x-java", ".jshell", "java", "java", "script");
  }
}
