package org.ppl4j.runner.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The content of a Jupyter kernel spec ({@code kernel.json}): the command that starts the
 * {@code .ppl} kernel, with the {@code {connection_file}} placeholder Jupyter substitutes, the
 * name shown in menus and the language.
 *
 * @param argv the command line, ending with {@code {connection_file}}
 * @param displayName the name in Jupyter's kernel menu
 * @param language the language name, {@code ppl}
 */
public record KernelSpec(List<String> argv, String displayName, String language) {

  /** The placeholder Jupyter replaces by the connection file's path. */
  public static final String CONNECTION_FILE = "{connection_file}";

  /** Validates and copies the fields. */
  public KernelSpec {
    argv = List.copyOf(argv);
    if (argv.isEmpty() || !argv.get(argv.size() - 1).equals(CONNECTION_FILE)) {
      throw new IllegalArgumentException("kernel argv must end with " + CONNECTION_FILE);
    }
  }

  /**
   * The spec that starts {@link KernelMain} with this JVM's java executable and class path
   * (made absolute, so that the kernel starts from any working directory).
   */
  public static KernelSpec forThisJvm() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isEmpty())
        .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
        .collect(Collectors.joining(File.pathSeparator));
    return withClassPath(java, classPath);
  }

  /** The spec that starts {@link KernelMain} with the given java executable and class path. */
  public static KernelSpec withClassPath(String java, String classPath) {
    List<String> argv = new ArrayList<>(List.of(java, "-cp", classPath, KernelMain.class.getName(),
        CONNECTION_FILE));
    return new KernelSpec(argv, "ppl4j (.ppl)", PplKernel.LANGUAGE);
  }

  /** The {@code kernel.json} text. */
  public String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("argv", argv);
    json.put("display_name", displayName);
    json.put("language", language);
    json.put("interrupt_mode", "message");
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(json) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write kernel.json", e);
    }
  }
}
