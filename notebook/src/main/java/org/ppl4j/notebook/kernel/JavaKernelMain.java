package org.ppl4j.notebook.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The entry point of the Java kernel that {@code ppl kernel install --java} writes into
 * {@code kernel.json}: reads the connection file, connects a {@link JavaKernel} to Jupyter's
 * sockets and serves until shutdown.
 */
public final class JavaKernelMain {

  /** basekernel logs every socket event at INFO, which Jupyter would show: warnings only. */
  private static final Logger ROOT_LOG = Logger.getLogger("");

  private JavaKernelMain() {}

  /**
   * Runs the kernel.
   *
   * @param args one argument: the path of the connection file Jupyter wrote
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java " + JavaKernelMain.class.getName() + " CONNECTION_FILE");
      System.exit(2);
    }
    ROOT_LOG.setLevel(Level.WARNING);
    KernelConnectionProperties properties =
        KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
    JupyterConnection connection = new JupyterConnection(properties);
    JavaKernel kernel = new JavaKernel();
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    connection.waitUntilClose();
  }
}
