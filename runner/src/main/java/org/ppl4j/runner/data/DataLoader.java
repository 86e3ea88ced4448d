package org.ppl4j.runner.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ppl4j.compiler.DataInput;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.value.Value;

/**
 * Binds a program's {@code data} inputs from a data file (LANGUAGE.md §3, §8): each input by
 * its name, read as its declared type; an input absent from the file takes its default, and
 * without one is an error. A value that does not fit its type is an error at the input's
 * declaration naming the input, the expected type and what was found. Names in the file that
 * the program does not declare give a one-line warning each.
 */
public final class DataLoader {
  private DataLoader() {}

  /**
   * Loads {@code dataFile} (or nothing) for {@code inputs}.
   *
   * @throws PplException at a declaration: a missing input or a value of the wrong type
   * @throws UserError if the file cannot be read or parsed
   */
  public static DataSet load(List<DataInput> inputs, Optional<Path> dataFile) {
    if (dataFile.isEmpty()) {
      return bind(inputs, Optional.empty(), "");
    }
    Path path = dataFile.get();
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new UserError("cannot read data file '" + path + "': it is not UTF-8 text");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserError("cannot read data file '" + path + "'" + (!Files.exists(path)
          ? ": no such file" : Files.isDirectory(path) ? ": it is a directory" : ""));
    }
    return parse(inputs, path.toString(), text);
  }

  /** Binds {@code inputs} from the text of a data file called {@code fileName}. */
  public static DataSet parse(List<DataInput> inputs, String fileName, String text) {
    return bind(inputs, Optional.of(DataFileParser.parse(fileName, text)), fileName);
  }

  private static DataSet bind(List<DataInput> inputs, Optional<RawData> raw, String fileName) {
    Map<String, Value> values = new LinkedHashMap<>();
    for (DataInput input : inputs) {
      if (raw.isPresent() && raw.get().names().contains(input.name())) {
        try {
          values.put(input.name(), raw.get().read(input.name(), input.type()));
        } catch (DataMismatch m) {
          String at = m.path().equals(input.name()) ? "" : " at " + m.path();
          throw new PplException(input.span(), "data '" + input.name() + "' should be "
              + input.type() + ", found " + m.found() + at);
        }
      } else if (input.defaultValue().isPresent()) {
        values.put(input.name(), input.defaultValue().get());
      } else {
        throw new PplException(input.span(), raw.isPresent()
            ? "data '" + input.name() + "' is missing from '" + fileName + "' and has no default"
            : "data '" + input.name() + "' has no value: give it in a data file with --data");
      }
    }
    List<String> warnings = new ArrayList<>();
    if (raw.isPresent()) {
      Set<String> declared = inputs.stream().map(DataInput::name).collect(Collectors.toSet());
      for (String name : raw.get().names()) {
        if (!declared.contains(name)) {
          warnings.add("warning: '" + name + "' in '" + fileName
              + "' is not a data input of the program (ignored)");
        }
      }
    }
    return new DataSet(values, warnings);
  }
}
