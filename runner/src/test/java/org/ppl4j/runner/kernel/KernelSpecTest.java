package org.ppl4j.runner.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {

  @TempDir Path dir;

  @Test
  void kernelJsonStartsKernelMainWithTheConnectionFile() throws Exception {
    KernelSpec spec = KernelSpec.withClassPath("/opt/java/bin/java", "/a.jar:/b.jar");
    Path kernelDir = new KernelInstaller(Map.of(), "Linux", dir).install(spec, "ppl", dir.resolve("share"));
    JsonNode json = new ObjectMapper().readTree(Files.readString(kernelDir.resolve("kernel.json")));
    assertEquals(dir.resolve("share/kernels/ppl"), kernelDir);
    assertEquals(List.of("/opt/java/bin/java", "-cp", "/a.jar:/b.jar",
        "org.ppl4j.runner.kernel.KernelMain", "{connection_file}"),
        new ObjectMapper().convertValue(json.get("argv"), List.class));
    assertEquals("ppl", json.get("language").asText());
    assertThrows(IllegalArgumentException.class,
        () -> new KernelInstaller(Map.of(), "Linux", dir).install(spec, "bad name", dir));
  }

  @Test
  void dataDirectoriesFollowJupyterConventions() {
    Path home = Path.of("/home/u");
    KernelInstaller linux = new KernelInstaller(Map.of(), "Linux", home);
    assertEquals(Path.of("/home/u/.local/share/jupyter"), linux.dataDirectory(true, Optional.empty()));
    assertEquals(Path.of("/usr/local/share/jupyter"), linux.dataDirectory(false, Optional.empty()));
    assertEquals(Path.of("/venv/share/jupyter"), linux.dataDirectory(false, Optional.of(Path.of("/venv"))));
    assertEquals(Path.of("/x/jupyter"),
        new KernelInstaller(Map.of("XDG_DATA_HOME", "/x"), "Linux", home).dataDirectory(true, Optional.empty()));
    assertEquals(Path.of("/j"),
        new KernelInstaller(Map.of("JUPYTER_DATA_DIR", "/j"), "Linux", home).dataDirectory(true, Optional.empty()));
    assertEquals(Path.of("/home/u/Library/Jupyter"),
        new KernelInstaller(Map.of(), "Mac OS X", home).dataDirectory(true, Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> linux.dataDirectory(true, Optional.of(Path.of("/p"))));
  }

  @Test
  void kernelInfoReplyCarriesStatusAndLanguageInfo() {
    JsonObject reply = new Gson().toJsonTree(new PplKernel().kernelInfo()).getAsJsonObject();
    assertEquals("ok", reply.get("status").getAsString(), reply.toString());
    assertEquals("ppl4j", reply.get("implementation").getAsString());
    JsonObject language = reply.getAsJsonObject("language_info");
    assertEquals("ppl", language.get("name").getAsString());
    assertEquals(".ppl", language.get("file_extension").getAsString());
    assertTrue(reply.get("banner").getAsString().contains("%method"));
  }

  @Test
  void homeIsTakenFromTheEnvironmentAsJupyterDoes() {
    assertEquals(Path.of("/tmp/h"),
        KernelInstaller.homeDirectory(Map.of("HOME", "/tmp/h"), "Linux", "/root"));
    assertEquals(Path.of("/root"), KernelInstaller.homeDirectory(Map.of(), "Linux", "/root"));
    assertEquals(Path.of("/root"),
        KernelInstaller.homeDirectory(Map.of("HOME", " "), "Linux", "/root"));
    assertEquals(Path.of("C:\\Users\\u"), KernelInstaller.homeDirectory(
        Map.of("USERPROFILE", "C:\\Users\\u", "HOME", "/x"), "Windows 11", "C:\\other"));
  }
}
