import java.nio.file.Files;
import java.nio.file.Path;
import org.ppl4j.semantics.math.SpecialFunctions;

/** Prints x, lgamma(x), digamma(x), logBeta(x, 3.7) for each x in the file given as argument. */
public class AccuracyDump {
  public static void main(String[] args) throws Exception {
    for (String s : Files.readAllLines(Path.of(args[0]))) {
      double x = Double.parseDouble(s);
      System.out.println(s + " " + SpecialFunctions.lgamma(x) + " "
          + SpecialFunctions.digamma(x) + " " + SpecialFunctions.logBeta(x, 3.7));
    }
  }
}
