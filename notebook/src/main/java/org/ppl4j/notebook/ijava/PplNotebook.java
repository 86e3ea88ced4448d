package org.ppl4j.notebook.ijava;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import java.lang.reflect.InvocationTargetException;
import org.ppl4j.notebook.magic.NotebookHost;
import org.ppl4j.runner.kernel.BasekernelDisplay;
import org.ppl4j.notebook.magic.PplCellMagic;

/**
 * ppl4j in the IJava kernel: after {@code %jars ppl4j-notebook.jar}, a notebook calls
 * {@code org.ppl4j.notebook.ijava.PplNotebook.install();} once, which registers the
 * {@code %%ppl} cell magic ({@link PplCellMagic}) and the rich display of {@code Posterior}
 * values with the running kernel.
 *
 * <p>IJava is not a compile-time dependency (it is not on Maven Central): its kernel is found
 * by reflection ({@code io.github.spencerpark.ijava.IJava.getKernelInstance()}), and only its
 * base library, jupyter-jvm-basekernel, is used by type. IJava ignores a cell magic's return
 * value, so the magic displays the posterior itself.
 */
public final class PplNotebook {

  private static final String IJAVA = "io.github.spencerpark.ijava.IJava";

  private PplNotebook() {}

  /**
   * Installs {@code %%ppl} and the posterior display into the running IJava kernel.
   *
   * @throws IllegalStateException when not called from a notebook running IJava
   */
  public static void install() {
    install(runningKernel());
  }

  /**
   * Installs {@code %%ppl} and the posterior display into {@code kernel}, a kernel with IJava's
   * public {@code getMagics()} and {@code evalRaw(String)} (IJava's {@code JavaKernel}, or
   * ppl4j's own Java kernel, {@code org.ppl4j.notebook.kernel.JavaKernel}).
   */
  public static void install(BaseKernel kernel) {
    Magics magics;
    try {
      magics = (Magics) kernel.getClass().getMethod("getMagics").invoke(kernel);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this IJava kernel has no magics registry", e);
    }
    install(magics, kernel.getRenderer(), new IJavaHost(kernel));
  }

  /**
   * Registers {@code %%ppl} in {@code magics} and the posterior display in {@code renderer}.
   *
   * @param host the notebook the magic evaluates variables in and displays to
   */
  public static void install(Magics magics, Renderer renderer, NotebookHost host) {
    install(magics, renderer, new PplCellMagic(host));
  }

  /** Registers {@code magic} as {@code %%ppl} in {@code magics} and the posterior display in {@code renderer}. */
  static void install(Magics magics, Renderer renderer, PplCellMagic magic) {
    magics.registerCellMagic(PplCellMagic.NAME, (args, body) -> magic.runAndDisplay(args, body));
    BasekernelDisplay.register(renderer);
  }

  private static BaseKernel runningKernel() {
    Object kernel;
    try {
      kernel = Class.forName(IJAVA).getMethod("getKernelInstance").invoke(null);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("PplNotebook.install() runs inside an IJava notebook; "
          + "in JJava, adding the jar with %jars installs ppl4j by itself");
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot reach the IJava kernel", e);
    }
    if (!(kernel instanceof BaseKernel base)) {
      throw new IllegalStateException("no IJava kernel is running in this JVM");
    }
    return base;
  }
}
