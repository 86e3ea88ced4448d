package org.ppl4j.runner.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link KernelSpec} where Jupyter looks for kernels: {@code DIR/kernels/NAME/kernel.json}
 * with DIR one of Jupyter's data directories (as {@code jupyter kernelspec install} does).
 *
 * <ul>
 *   <li>{@code --user}: the user's data directory: {@code $JUPYTER_DATA_DIR}, else
 *       {@code $XDG_DATA_HOME/jupyter} or {@code ~/.local/share/jupyter} on Linux,
 *       {@code ~/Library/Jupyter} on macOS, {@code %APPDATA%\jupyter} on Windows;
 *   <li>{@code --prefix P}: {@code P/share/jupyter} (for a virtual environment or a test);
 *   <li>neither: the system directory {@code /usr/local/share/jupyter}
 *       ({@code %PROGRAMDATA%\jupyter} on Windows).
 * </ul>
 */
public final class KernelInstaller {

  private final Map<String, String> env;
  private final String osName;
  private final Path home;

  /**
   * An installer that reads locations from this environment.
   *
   * @param env environment variables
   * @param osName the {@code os.name} property
   * @param home the user's home directory
   */
  public KernelInstaller(Map<String, String> env, String osName, Path home) {
    this.env = Map.copyOf(env);
    this.osName = osName.toLowerCase(Locale.ROOT);
    this.home = home;
  }

  /** An installer for the running process's environment. */
  public static KernelInstaller forThisProcess() {
    String osName = System.getProperty("os.name");
    return new KernelInstaller(System.getenv(), osName,
        homeDirectory(System.getenv(), osName, System.getProperty("user.home")));
  }

  /**
   * The home directory as Jupyter (Python's {@code os.path.expanduser}) sees it: {@code $HOME}
   * where set (on Windows {@code %USERPROFILE%}), else the JVM's {@code user.home}, which comes
   * from the password database and can differ from {@code $HOME}.
   */
  static Path homeDirectory(Map<String, String> env, String osName, String userHome) {
    String variable = osName.toLowerCase(Locale.ROOT).startsWith("windows") ? "USERPROFILE"
        : "HOME";
    String value = env.get(variable);
    return Path.of(value != null && !value.isBlank() ? value : userHome);
  }

  /**
   * The Jupyter data directory that {@code --user}, {@code --prefix} or neither selects.
   *
   * @param user whether to install for the current user only
   * @param prefix an installation prefix; must be empty when {@code user} is set
   * @throws IllegalArgumentException if both are given
   */
  public Path dataDirectory(boolean user, Optional<Path> prefix) {
    if (user && prefix.isPresent()) {
      throw new IllegalArgumentException("--user and --prefix cannot be used together");
    }
    if (prefix.isPresent()) {
      return prefix.get().resolve("share").resolve("jupyter");
    }
    boolean windows = osName.startsWith("windows");
    if (!user) {
      return windows ? Path.of(env.getOrDefault("PROGRAMDATA", "C:\\ProgramData"), "jupyter")
          : Path.of("/usr/local/share/jupyter");
    }
    String explicit = env.get("JUPYTER_DATA_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    if (windows) {
      return Path.of(env.getOrDefault("APPDATA", home.resolve("AppData/Roaming").toString()), "jupyter");
    }
    if (osName.contains("mac")) {
      return home.resolve("Library").resolve("Jupyter");
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
    return data.resolve("jupyter");
  }

  /**
   * Writes {@code spec} as {@code dataDirectory/kernels/name/kernel.json}, replacing an older one.
   *
   * @param name the kernel's name, as in {@code jupyter console --kernel NAME}: letters, digits,
   *     {@code - . _}
   * @return the kernel's directory
   * @throws IllegalArgumentException if the name has other characters
   * @throws IOException if the file cannot be written
   */
  public Path install(KernelSpec spec, String name, Path dataDirectory) throws IOException {
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("kernel name '" + name
          + "' may only contain letters, digits, '-', '.' and '_'");
    }
    Path dir = dataDirectory.resolve("kernels").resolve(name);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("kernel.json"), spec.toJson());
    return dir;
  }
}
