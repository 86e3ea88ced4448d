package org.ppl4j.notebook.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution engine, keeping the Java objects that JShell itself turns into
 * strings: the value of the last snippet run and the exception it threw. The notebook displays
 * the value (a {@code Posterior} as a table with plots) and renders the exception as ppl4j's
 * error text, which a string form loses.
 *
 * <p>Snippets run in the kernel's JVM, on the calling thread, with classes loaded by a loader
 * whose parent is the application class loader: ppl4j's classes are the kernel's own, so a
 * value made by a snippet and one made by the {@code %%ppl} magic have the same types.
 */
final class ValueExecutionControl extends DirectExecutionControl {

  private Optional<Object> lastValue = Optional.empty();
  private Optional<Throwable> lastFailure = Optional.empty();

  /** Forgets the previous snippet's value and exception. */
  void reset() {
    lastValue = Optional.empty();
    lastFailure = Optional.empty();
  }

  /** The value the last snippet run returned; empty for none or {@code null}. */
  Optional<Object> lastValue() {
    return lastValue;
  }

  /** The exception the last snippet run threw, if it threw. */
  Optional<Throwable> lastFailure() {
    return lastFailure;
  }

  @Override
  protected String invoke(Method doitMethod) throws Exception {
    try {
      Object value = doitMethod.invoke(null);
      lastValue = Optional.ofNullable(value);
      return valueString(value);
    } catch (InvocationTargetException e) {
      lastFailure = Optional.of(e.getCause());
      throw e;
    }
  }

  /** The provider JShell's builder takes; it hands out {@code control}. */
  static ExecutionControlProvider providerOf(ValueExecutionControl control) {
    return new ExecutionControlProvider() {
      @Override
      public String name() {
        return "ppl4j-direct";
      }

      @Override
      public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return control;
      }
    };
  }
}
