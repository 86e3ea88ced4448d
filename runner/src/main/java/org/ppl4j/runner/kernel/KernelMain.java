package org.ppl4j.runner.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The entry point Jupyter starts (see {@link KernelSpec}): reads the connection file, connects
 * a {@link PplKernel} to Jupyter's sockets and serves until shutdown.
 */
public final class KernelMain {

  /**
   * basekernel logs every socket and loop event at INFO, under several top-level logger names
   * ({@code Jupyter}, {@code Loop-...}), and Jupyter shows the kernel's stderr to users: the
   * kernel JVM keeps warnings only (ppl4j itself does not log).
   */
  private static final Logger ROOT_LOG = Logger.getLogger("");

  private KernelMain() {}

  /**
   * Runs the kernel.
   *
   * @param args one argument: the path of the connection file Jupyter wrote
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java " + KernelMain.class.getName() + " CONNECTION_FILE");
      System.exit(2);
    }
    ROOT_LOG.setLevel(Level.WARNING);
    String contents = Files.readString(Path.of(args[0]));
    KernelConnectionProperties properties = KernelConnectionProperties.parse(contents);
    JupyterConnection connection = new JupyterConnection(properties);
    PplKernel kernel = new PplKernel();
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    connection.waitUntilClose();
  }
}
