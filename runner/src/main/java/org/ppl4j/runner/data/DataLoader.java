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
import org.ppl4j.compiler.types.PplType;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.value.Value;

/**
 * Binds a program's {@code data} inputs from a data file (LANGUAGE.md §3, §8): each input by
 * its name, read as its declared type; an input absent from the file takes its default, and
 * without one is an error. A value that does not fit its type is an error at the input's
 * declaration naming the input, the expected type and what was found. Names in the file that
 * the program does not declare give a one-line warning each, except the {@code extraNames} a
 * method reads itself ({@code --method pfn}'s {@code x}, {@code y}, {@code x_test}): those are
 * read as numbers ({@code Real}, {@code Real[]} or {@code Real[][]}, by their shape) into
 * {@link DataSet#extras()}.
 */
public final class DataLoader {
  /** Types tried, in order, for an undeclared extra name. */
  private static final List<PplType> NUMBERS = List.of(
      PplType.arrayOf(PplType.arrayOf(PplType.REAL)), PplType.arrayOf(PplType.REAL),
      PplType.REAL);

  private DataLoader() {}

  /**
   * Loads {@code dataFile} (or nothing) for {@code inputs}.
   *
   * @throws UserError.Located at a declaration: a missing input or a value of the wrong type
   * @throws UserError if the file cannot be read or parsed
   */
  public static DataSet load(List<DataInput> inputs, Optional<Path> dataFile) {
    return load(inputs, dataFile, Set.of());
  }

  /**
   * Loads {@code dataFile} (or nothing) for {@code inputs}, also reading the undeclared
   * {@code extraNames} the file binds into {@link DataSet#extras()}.
   *
   * @throws UserError.Located at a declaration: a missing input or a value of the wrong type
   * @throws UserError if the file cannot be read or parsed, or an extra name is not numbers
   */
  public static DataSet load(List<DataInput> inputs, Optional<Path> dataFile,
      Set<String> extraNames) {
    if (dataFile.isEmpty()) {
      return bind(inputs, Optional.empty(), "", extraNames);
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
    return parse(inputs, path.toString(), text, extraNames);
  }

  /** Binds {@code inputs} from the text of a data file called {@code fileName}. */
  public static DataSet parse(List<DataInput> inputs, String fileName, String text) {
    return parse(inputs, fileName, text, Set.of());
  }

  /**
   * Binds {@code inputs} from the text of a data file called {@code fileName}, also reading
   * the undeclared {@code extraNames} it binds into {@link DataSet#extras()}.
   */
  public static DataSet parse(List<DataInput> inputs, String fileName, String text,
      Set<String> extraNames) {
    return bind(inputs, Optional.of(DataFileParser.parse(fileName, text)), fileName,
        extraNames);
  }

  /**
   * {@code message} naming the data file it is about: a CSV row as {@code (line N of 'F')}, any
   * other mismatch followed by {@code in 'F'} (issue 20: a data error names its file).
   */
  static String inFile(String message, String fileName) {
    String csv = " of the CSV file)";
    if (message.contains(csv)) {
      return message.replace(csv, " of '" + fileName + "')");
    }
    return message + " in '" + fileName + "'";
  }

  private static DataSet bind(List<DataInput> inputs, Optional<RawData> raw, String fileName,
      Set<String> extraNames) {
    Map<String, Value> values = new LinkedHashMap<>();
    for (DataInput input : inputs) {
      if (raw.isPresent() && raw.get().names().contains(input.name())) {
        try {
          values.put(input.name(), raw.get().read(input.name(), input.type()));
        } catch (DataMismatch m) {
          String at = m.path().equals(input.name()) ? "" : " at " + m.path();
          throw UserError.at(input.span(), inFile(input.mismatch(m.found() + at), fileName));
        }
      } else if (input.defaultValue().isPresent()) {
        values.put(input.name(), input.defaultValue().get());
      } else {
        throw UserError.at(input.span(), raw.isPresent()
            ? "data '" + input.name() + "' is missing from '" + fileName + "' and has no default"
            : "data '" + input.name() + "' has no value: give it in a data file with --data");
      }
    }
    List<String> warnings = new ArrayList<>();
    Map<String, Value> extras = new LinkedHashMap<>();
    if (raw.isPresent()) {
      Set<String> declared = inputs.stream().map(DataInput::name).collect(Collectors.toSet());
      for (String name : raw.get().names()) {
        if (!declared.contains(name) && extraNames.contains(name)) {
          extras.put(name, numbers(raw.get(), name, fileName));
        } else if (!declared.contains(name)) {
          warnings.add("warning: '" + name + "' in '" + fileName
              + "' is not a data input of the program (ignored)");
        }
      }
    }
    return new DataSet(values, warnings, extras);
  }

  /** {@code name} read as the first of {@link #NUMBERS} that fits. */
  private static Value numbers(RawData raw, String name, String fileName) {
    DataMismatch deepest = null;
    for (PplType type : NUMBERS) {
      try {
        return raw.read(name, type);
      } catch (DataMismatch m) {
        if (deepest == null || m.path().length() > deepest.path().length()) {
          deepest = m;
        }
      }
    }
    String at = deepest.path().equals(name) ? "" : " at " + deepest.path();
    throw new UserError("'" + name + "' in '" + fileName + "' should be a number or an array "
        + "of numbers (Real, Real[] or Real[][]), found " + deepest.found() + at);
  }
}
