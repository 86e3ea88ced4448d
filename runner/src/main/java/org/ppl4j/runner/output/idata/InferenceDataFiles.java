package org.ppl4j.runner.output.idata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.pipeline.RunResult;

/**
 * {@code --idata OUT.zarr}: writes a run's {@link InferenceData} as a Zarr v2 directory store
 * laid out as ArviZ's {@code InferenceData.to_zarr} lays it out (a root group holding one group
 * per InferenceData group, consolidated metadata at the root), so that
 * {@code arviz.from_zarr(OUT)} and {@code xarray.open_zarr(OUT, group="posterior")} read it.
 *
 * <p>The target is checked before inference runs ({@link #checkTarget}): an existing Zarr
 * store (a folder holding {@code .zgroup}) is replaced, as ArviZ's mode {@code "w"} does; an
 * empty folder is written into; any other existing file or folder is refused, so that a
 * mistyped path never deletes what is not a Zarr store.
 */
public final class InferenceDataFiles {
  private InferenceDataFiles() {}

  /**
   * Checks that {@code path} can become the store: absent in an existing writable folder, an
   * empty folder, or an existing Zarr store.
   *
   * @throws UserError naming the path and the reason
   */
  public static void checkTarget(Path path) {
    String what = "cannot write the InferenceData to '" + path + "'";
    if (path.toString().isEmpty() || path.getFileName() == null) {
      throw new UserError(what + ": --idata needs a folder name, e.g. --idata out.zarr");
    }
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new UserError(what + ": it is a file, and --idata writes a folder (a Zarr store)");
    }
    if (Files.isDirectory(path) && !Files.exists(path.resolve(".zgroup")) && !isEmpty(path)) {
      throw new UserError(what + ": the folder exists and is not a Zarr store (no .zgroup);"
          + " name a new folder, or remove this one");
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UserError(what + ": no such directory '" + parent + "'");
    }
    Path writable = Files.isDirectory(path) ? path : parent;
    if (writable != null && !Files.isWritable(writable)) {
      throw new UserError(what + ": the directory '" + writable + "' is not writable");
    }
  }

  /**
   * Writes {@code result}'s InferenceData to {@code path}, replacing a Zarr store there.
   *
   * @return warnings, one line each: the variables left out of the store
   * @throws UserError when the posterior cannot be InferenceData, or a file cannot be written
   */
  public static List<String> write(RunResult result, Path path) {
    InferenceData data = InferenceData.of(result);
    checkTarget(path);
    try {
      if (Files.isDirectory(path)) {
        clear(path);
      }
      Files.createDirectories(path);
      ZarrDirectory store = new ZarrDirectory(path);
      store.group("", data.attrs());
      for (Dataset group : data.groups()) {
        store.group(group.name(), group.attrs());
        for (DataArray array : group.arrays()) {
          store.array(group.name(), array);
        }
      }
      store.consolidate();
    } catch (IOException | UncheckedIOException e) {
      throw new UserError("cannot write the InferenceData to '" + path + "': "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
    return data.skipped().stream().map(s -> "warning: --idata: left out " + s).toList();
  }

  /** Deletes the contents of the Zarr store {@code folder}, keeping the folder. */
  private static void clear(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(folder)) {
          Files.delete(p);
        }
      }
    }
  }

  private static boolean isEmpty(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
