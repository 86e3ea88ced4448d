package org.ppl4j.runner.pfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.ppl4j.runner.UserError;

/**
 * The data file of {@code ppl pfn predict}: a JSON object with {@code x_train}, {@code y_train},
 * {@code x_test} and optionally {@code y_test}. Points are numbers (one-dimensional x) or arrays
 * of numbers.
 *
 * @param xTrain context points
 * @param yTrain context labels
 * @param xTest query points
 * @param yTest query labels, when given
 */
record PredictionData(double[][] xTrain, double[] yTrain, double[][] xTest,
    Optional<double[]> yTest) {

  /** Reads and validates {@code file}; every problem is a {@link UserError} naming the key. */
  static PredictionData read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new UserError("cannot read '" + file + "': no such file");
    } catch (IOException e) {
      throw new UserError("'" + file + "' is not valid JSON: "
          + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new UserError("'" + file + "' must hold a JSON object with x_train, y_train, x_test");
    }
    String name = file.toString();
    double[][] xTrain = points(required(root, "x_train", name), "x_train", name);
    double[] yTrain = numbers(required(root, "y_train", name), "y_train", name);
    double[][] xTest = points(required(root, "x_test", name), "x_test", name);
    Optional<double[]> yTest = root.has("y_test")
        ? Optional.of(numbers(root.get("y_test"), "y_test", name)) : Optional.empty();
    if (xTrain.length != yTrain.length) {
      throw new UserError(name + ": x_train has " + xTrain.length + " points but y_train has "
          + yTrain.length);
    }
    if (yTest.isPresent() && yTest.get().length != xTest.length) {
      throw new UserError(name + ": x_test has " + xTest.length + " points but y_test has "
          + yTest.get().length);
    }
    return new PredictionData(xTrain, yTrain, xTest, yTest);
  }

  private static JsonNode required(JsonNode root, String key, String file) {
    JsonNode n = root.get(key);
    if (n == null) {
      throw new UserError(file + ": missing key '" + key + "'");
    }
    return n;
  }

  private static double[] numbers(JsonNode n, String key, String file) {
    if (!n.isArray()) {
      throw new UserError(file + ": '" + key + "' must be an array of numbers");
    }
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      if (!n.get(i).isNumber()) {
        throw new UserError(file + ": " + key + "[" + i + "] is " + n.get(i) + ", not a number");
      }
      out[i] = n.get(i).asDouble();
    }
    return out;
  }

  private static double[][] points(JsonNode n, String key, String file) {
    if (!n.isArray()) {
      throw new UserError(file + ": '" + key + "' must be an array of points");
    }
    double[][] out = new double[n.size()][];
    for (int i = 0; i < out.length; i++) {
      JsonNode p = n.get(i);
      out[i] = p.isArray() ? numbers(p, key + "[" + i + "]", file) : numbers(
          new ObjectMapper().createArrayNode().add(p), key + "[" + i + "]", file);
    }
    return out;
  }
}
